"""National rules: Leerplichtwet 1969 (BWBR0002628), as dated parameters."""
