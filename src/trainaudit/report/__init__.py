"""Reports of a check run in the formats reviewers and CI read, all over the same Report."""
