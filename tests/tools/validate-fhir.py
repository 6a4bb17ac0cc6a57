#!/usr/bin/env python3
"""validate-fhir.py SCHEMA FILE: validate a FHIR R4 JSON resource (e.g. a Bundle) against the
official FHIR JSON schema (draft-06; see tests/tools/fetch-fhir-schema).

Prints one line per error, "JSON-PATH: message", and exits 0 when FILE is valid, 1 when it is not,
2 when SCHEMA or FILE cannot be read. Uses Debian's python3-jsonschema.

Every resource in the schema is one branch of a oneOf over all 146 resource types, so a broken
Observation fails "not valid under any of the given schemas"; the errors printed are those of the
branch whose resourceType matches, which name the real field.
"""

import json
import sys

try:
    import jsonschema
except ImportError:
    sys.stderr.write("validate-fhir.py: python3-jsonschema is not installed\n")
    sys.exit(2)


def json_path(path):
    text = "$"
    for part in path:
        text += "[%d]" % part if isinstance(part, int) else "." + str(part)
    return text


def is_resource_type_error(error):
    return len(error.path) > 0 and error.path[-1] == "resourceType" and error.validator == "const"


def leaf_errors(error):
    """The errors that explain `error`: for a oneOf over resource types, those of the branch
    whose resourceType matches the instance; otherwise the error itself."""
    if error.validator != "oneOf" or not error.context:
        return [error]
    branches = {}
    for sub in error.context:
        branches.setdefault(sub.relative_schema_path[0], []).append(sub)
    matching = [errors for errors in branches.values()
                if not any(is_resource_type_error(sub) for sub in errors)]
    if len(matching) != 1:
        return [error]
    result = []
    for sub in matching[0]:
        result.extend(leaf_errors(sub))
    return result


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: validate-fhir.py SCHEMA FILE\n")
        return 2
    try:
        with open(argv[1], encoding="utf-8") as handle:
            schema = json.load(handle)
        with open(argv[2], encoding="utf-8") as handle:
            instance = json.load(handle)
    except (OSError, ValueError) as problem:
        sys.stderr.write("validate-fhir.py: %s\n" % problem)
        return 2
    jsonschema.Draft6Validator.check_schema(schema)
    validator = jsonschema.Draft6Validator(schema)
    errors = []
    for error in validator.iter_errors(instance):
        errors.extend(leaf_errors(error))
    lines = sorted({"%s: %s" % (json_path(e.absolute_path), e.message) for e in errors})
    for line in lines:
        print(line)
    if lines:
        print("%s: %d error(s) against the FHIR R4 schema" % (argv[2], len(lines)))
        return 1
    print("%s: valid against the FHIR R4 schema" % argv[2])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
