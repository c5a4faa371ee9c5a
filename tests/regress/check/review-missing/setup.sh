# Early January: Brookside gave no answer at the December review.
early_january
