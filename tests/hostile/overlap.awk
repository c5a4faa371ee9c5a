# Words of `pdftotext -bbox` output that overlap on one line: text of a
# table column running into the next.  Prints "page P: WORD | WORD" for
# each pair, nothing when none overlap.
/<page / { page++ }
/<word / {
	match($0, /xMin="[0-9.]+"/); x0 = substr($0, RSTART + 6, RLENGTH - 7) + 0
	match($0, /xMax="[0-9.]+"/); x1 = substr($0, RSTART + 6, RLENGTH - 7) + 0
	match($0, /yMax="[0-9.]+"/); y = sprintf("%.0f", substr($0, RSTART + 6, RLENGTH - 7))
	w = $0; sub(/.*">/, "", w); sub(/<\/word>.*/, "", w)
	key = page " " y
	k = ++count[key]
	X0[key, k] = x0; X1[key, k] = x1; W[key, k] = w
}
END {
	for (key in count)
		for (i = 1; i <= count[key]; i++)
			for (j = 1; j <= count[key]; j++)
				if (i != j && X0[key, i] <= X0[key, j] && X1[key, i] > X0[key, j] + 0.5)
					printf "page %s: %s | %s\n", key, W[key, i], W[key, j]
}
