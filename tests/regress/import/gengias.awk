# Writes a GIAS "all establishment data" file (the download's real column
# names, a subset of its ~130 columns, in its order) of N establishments
# spread over 80 local authorities, one of which (LA 0, "Riverside") holds
# N/80+ of them: for `make bench` (tests/bench) and the import tests.
#   awk -v N=25000 -f gengias.awk > gias.csv
BEGIN {
	printf "URN,LA (code),LA (name),EstablishmentNumber,EstablishmentName,TypeOfEstablishment (code),TypeOfEstablishment (name),EstablishmentTypeGroup (code),EstablishmentTypeGroup (name),EstablishmentStatus (code),EstablishmentStatus (name),OpenDate,CloseDate,PhaseOfEducation (code),PhaseOfEducation (name),StatutoryLowAge,StatutoryHighAge,Gender (name),ReligiousCharacter (name),SchoolCapacity,CensusDate,NumberOfPupils,NumberOfBoys,NumberOfGirls,PercentageFSM,TrustSchoolFlag (name),Trusts (code),Trusts (name),OfstedLastInsp,LastChangedDate,Street,Locality,Address3,Town,County (name),Postcode,SchoolWebsite,TelephoneNum,HeadTitle (name),HeadFirstName,HeadLastName,HeadPreferredJobTitle,OfstedRating (name)\r\n"
	split("Community school|Academy converter|Voluntary aided school|Academy sponsor led|Free schools|Community special school|Foundation school", types, "|")
	split("Primary|Primary|Secondary|Primary|Secondary|Not applicable|Primary", phases, "|")
	split("Good|Outstanding|Requires improvement|Good||Good|Special Measures", ratings, "|")
	for (i = 0; i < N; i++) {
		la = i % 80; t = 1 + i % 7
		laname = la == 0 ? "Riverside" : sprintf("Authority %02d", la)
		status = i % 97 == 5 ? "Closed" : "Open"
		printf "%d,%d,%s,%d,\"School %d, %s\",%d,%s,4,Local authority maintained schools,1,%s,01-09-1990,,2,%s,4,11,Mixed,None,420,16-01-2025,%d,%d,%d,12.5,Not applicable,,,%s,01-02-2025,%d High Street,,,Riverton,Riversshire,RV%d 1AA,,0151 000 0000,Mrs,Ann,Head,Headteacher,%s\r\n", \
			100000 + i, 300 + la, laname, 2000 + i, i, laname, t, types[t], status, phases[t], \
			100 + i % 500, 50 + i % 250, 50 + i % 250, ratings[t] == "" ? "" : sprintf("%02d-%02d-20%02d", 1 + i % 28, 1 + i % 12, 15 + i % 10), \
			1 + i % 200, la, ratings[t]
	}
}
