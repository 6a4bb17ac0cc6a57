#!/usr/bin/env bash
# check-fhir-invariants.sh SAMPLE_PROGRAM ENGINE_DIR WORK_DIR
# The FHIR export of a realistic demo diary satisfies every FHIR R4 invariant (r4-invariants.json)
# of the resources and types it uses, evaluated with the FHIRPath engine fhirpath.js and its R4
# model; and the same check rejects a copy with five deliberate violations, each by its key.
#
# The engine is installed from the npm registry with `npm ci` into ENGINE_DIR (in the build tree),
# exactly as pinned by fhirpath/package-lock.json (versions and integrity hashes), with install
# scripts disabled; it is installed again only when the lock file changes. The app never uses it.
set -euo pipefail

[ $# -eq 3 ] || { echo "usage: check-fhir-invariants.sh SAMPLE_PROGRAM ENGINE_DIR WORK_DIR" >&2; exit 2; }
sample=$1
engine=$2
work=$3
here=$(cd "$(dirname "$0")" && pwd)

command -v node >/dev/null || { echo "check-fhir-invariants: node is not installed" >&2; exit 1; }
command -v npm >/dev/null || { echo "check-fhir-invariants: npm is not installed" >&2; exit 1; }
lock_sha=$(sha256sum "$here/fhirpath/package-lock.json" | cut -d' ' -f1)
if [ ! -f "$engine/.installed" ] || [ "$(cat "$engine/.installed")" != "$lock_sha" ] ||
    [ ! -d "$engine/node_modules/fhirpath" ]; then
    rm -rf "$engine"
    mkdir -p "$engine"
    cp "$here/fhirpath/package.json" "$here/fhirpath/package-lock.json" "$engine/"
    if ! (cd "$engine" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >npm.log 2>&1); then
        echo "check-fhir-invariants: npm ci failed:" >&2
        cat "$engine/npm.log" >&2
        exit 1
    fi
    echo "$lock_sha" >"$engine/.installed"
fi

rm -rf "$work"
mkdir -p "$work"
"$sample" "$work/bundle.json"
node "$here/check-fhir-invariants.js" "$engine" "$here/r4-invariants.json" "$work/bundle.json"

# A copy with five violations, each of a different invariant in a different resource, must fail
# with exactly those (exit 1), so a pass above means the invariants were really evaluated.
python3 - "$work/bundle.json" "$work/broken.json" <<'PY'
import json, sys
bundle = json.load(open(sys.argv[1], encoding="utf-8"))
entries = bundle["entry"]
def first(kind, test=lambda r: True):
    return next(i for i, e in enumerate(entries) if e["resource"]["resourceType"] == kind and test(e["resource"]))
observations = [i for i, e in enumerate(entries) if e["resource"]["resourceType"] == "Observation"]
faults = []
# obs-6: a reason for a missing value beside a value.
entries[observations[0]]["resource"]["dataAbsentReason"] = {"text": "asked but declined"}
faults.append((observations[0], "obs-6"))
# ele-1: an element with neither a value nor children.
entries[observations[1]]["resource"]["meta"] = {}
faults.append((observations[1], "ele-1"))
# ext-1: an extension with both a value and extensions.
condition = first("Condition", lambda r: "extension" in r)
entries[condition]["resource"]["extension"][0]["extension"] = [{"url": "note", "valueString": "x"}]
faults.append((condition, "ext-1"))
# mad-1: a dosage with neither a dose nor a rate.
taken = first("MedicationAdministration", lambda r: r["status"] == "completed")
del entries[taken]["resource"]["dosage"]["dose"]
faults.append((taken, "mad-1"))
# txt-2 (and txt-1, which R4 checks with the same htmlChecks()): a narrative of whitespace only.
patient = first("Patient")
entries[patient]["resource"]["text"]["div"] = '<div xmlns="http://www.w3.org/1999/xhtml"> </div>'
faults.append((patient, "txt-1"))
faults.append((patient, "txt-2"))
json.dump(bundle, open(sys.argv[2], "w", encoding="utf-8"), indent=1)
with open(sys.argv[2] + ".expected", "w", encoding="utf-8") as out:
    for index, key in faults:
        out.write("$.entry[%d].resource: %s (" % (index, key) + "\n")
    # The element-level invariants hold for the Bundle's elements too, which contain the resources.
    out.write("$: ele-1 (\n$: ext-1 (\n")
PY
status=0
output=$(node "$here/check-fhir-invariants.js" "$engine" "$here/r4-invariants.json" "$work/broken.json") || status=$?
failures=0
if [ "$status" -ne 1 ]; then
    echo "FAIL: the broken copy gave exit $status, expected 1" >&2
    failures=$((failures + 1))
fi
while IFS= read -r expected; do
    if [ "$(grep -cF -- "$expected" <<<"$output")" -ne 1 ]; then
        echo "FAIL: the broken copy was not rejected once at: $expected" >&2
        failures=$((failures + 1))
    fi
done <"$work/broken.json.expected"
if ! grep -q -- ", 8 failed" <<<"$output"; then
    echo "FAIL: expected exactly the 8 failed checks made" >&2
    failures=$((failures + 1))
fi
if [ "$failures" -ne 0 ]; then
    echo "$output" >&2
    exit 1
fi
echo "ok: the broken copy was rejected with exactly its faults:"
echo "$output"
