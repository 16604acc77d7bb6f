"""Text preparation: cleaning (boilerplate, glued stories) and sentence segmentation."""
