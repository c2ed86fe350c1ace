"""Check many documents: the checker, the per-document result cache, the runner, baselines."""
