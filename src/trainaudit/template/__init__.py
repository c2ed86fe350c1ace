"""The Commission template as data: fields, labels and segmentation."""
