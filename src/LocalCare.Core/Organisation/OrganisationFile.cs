using LocalCare.Core.Inputs;

namespace LocalCare.Core.Organisation;

/// <summary>The rules of organisation.csv (data-contract.md): turns its rows into units or says exactly what is wrong.</summary>
public static class OrganisationFile
{
    public const string DefaultName = "organisation.csv";

    public static readonly IReadOnlyList<string> RequiredColumns = ["code", "name", "kind"];

    public static readonly IReadOnlyList<string> OptionalColumns = ["parent_code", "service_group"];

    /// <summary>Checks the header: a missing required column rejects the whole file.</summary>
    public static IReadOnlyList<InputError> CheckHeader(string file, IEnumerable<string> header)
    {
        var present = new HashSet<string>(header.Select(h => h.Trim()), StringComparer.OrdinalIgnoreCase);
        return RequiredColumns
            .Where(c => !present.Contains(c))
            .Select(c => new InputError(file, 1, c, "required column is missing"))
            .ToList();
    }

    /// <summary>Validates every row and the tree they form. Returns the units only when there are no errors.</summary>
    public static OrganisationFileResult Validate(string file, IReadOnlyList<OrganisationRow> rows)
    {
        var errors = new List<InputError>();
        var units = new List<(OrganisationRow Row, OrganisationUnit Unit)>();
        var firstLineOfCode = new Dictionary<string, int>(StringComparer.Ordinal);

        foreach (var row in rows)
        {
            var unit = ReadRow(file, row, errors);
            if (unit is null)
            {
                continue;
            }

            if (firstLineOfCode.TryGetValue(unit.Code, out var firstLine))
            {
                errors.Add(new InputError(file, row.Line, "code", $"'{unit.Code}' is a duplicate of line {firstLine}"));
                continue;
            }

            firstLineOfCode[unit.Code] = row.Line;
            units.Add((row, unit));
        }

        // Codes of rows that were rejected still exist in the file: their children get no second, misleading error.
        var rejectedCodes = rows.Select(r => r.Code?.Trim()).OfType<string>().Where(c => !firstLineOfCode.ContainsKey(c)).ToHashSet(StringComparer.Ordinal);
        CheckTree(file, units, rejectedCodes, errors, rows.Count);
        errors.Sort((a, b) => a.Line.CompareTo(b.Line));
        return new OrganisationFileResult(errors.Count == 0 ? units.Select(u => u.Unit).ToList() : [], errors);
    }

    private static OrganisationUnit? ReadRow(string file, OrganisationRow row, List<InputError> errors)
    {
        var before = errors.Count;
        var code = row.Code?.Trim();
        var name = row.Name?.Trim();
        var parent = string.IsNullOrWhiteSpace(row.ParentCode) ? null : row.ParentCode.Trim();

        if (string.IsNullOrEmpty(code))
        {
            errors.Add(new InputError(file, row.Line, "code", "is required"));
        }
        else if (!OrganisationCodes.IsValidCode(code))
        {
            errors.Add(new InputError(file, row.Line, "code", $"'{code}' must be 1 to 32 characters of A-Z, 0-9, '-' or '_'"));
        }

        if (string.IsNullOrEmpty(name))
        {
            errors.Add(new InputError(file, row.Line, "name", "is required"));
        }

        UnitKind kind = default;
        if (string.IsNullOrWhiteSpace(row.Kind))
        {
            errors.Add(new InputError(file, row.Line, "kind", "is required"));
        }
        else if (!OrganisationCodes.TryParseKind(row.Kind, out kind))
        {
            errors.Add(new InputError(file, row.Line, "kind", $"'{row.Kind.Trim()}' is not a unit kind ({OrganisationCodes.KindList})"));
        }

        if (parent is not null && !OrganisationCodes.IsValidCode(parent))
        {
            errors.Add(new InputError(file, row.Line, "parent_code", $"'{parent}' must be 1 to 32 characters of A-Z, 0-9, '-' or '_'"));
        }

        ServiceGroup? group = null;
        if (!string.IsNullOrWhiteSpace(row.ServiceGroup))
        {
            if (!OrganisationCodes.TryParseGroup(row.ServiceGroup, out var parsed))
            {
                errors.Add(new InputError(file, row.Line, "service_group", $"'{row.ServiceGroup.Trim()}' is not a service group ({OrganisationCodes.GroupList})"));
            }
            else if (errors.Count == before && kind != UnitKind.Service)
            {
                errors.Add(new InputError(file, row.Line, "service_group", $"only services have a service group, not a {kind.ToCode()}"));
            }
            else
            {
                group = parsed;
            }
        }

        if (errors.Count > before)
        {
            return null;
        }

        return new OrganisationUnit { Code = code!, Name = name!, Kind = kind, ParentCode = parent, ServiceGroup = group };
    }

    private static void CheckTree(string file, List<(OrganisationRow Row, OrganisationUnit Unit)> units, HashSet<string> rejectedCodes, List<InputError> errors, int rowCount)
    {
        var byCode = units.ToDictionary(u => u.Unit.Code, u => u.Unit, StringComparer.Ordinal);
        var lcos = units.Where(u => u.Unit.Kind == UnitKind.Lco).ToList();

        foreach (var extra in lcos.Skip(1))
        {
            errors.Add(new InputError(file, extra.Row.Line, "kind", $"there must be exactly one lco; line {lcos[0].Row.Line} is already the lco"));
        }

        foreach (var (row, unit) in units)
        {
            var allowed = AllowedParents(unit.Kind);
            if (unit.ParentCode is null)
            {
                if (allowed.Length > 0)
                {
                    errors.Add(new InputError(file, row.Line, "parent_code", $"a {unit.Kind.ToCode()} needs a parent ({string.Join(" or ", allowed.Select(k => k.ToCode()))})"));
                }

                continue;
            }

            if (allowed.Length == 0)
            {
                errors.Add(new InputError(file, row.Line, "parent_code", "the lco has no parent"));
            }
            else if (!byCode.TryGetValue(unit.ParentCode, out var parent))
            {
                if (rejectedCodes.Contains(unit.ParentCode))
                {
                    continue;
                }

                errors.Add(new InputError(file, row.Line, "parent_code", $"'{unit.ParentCode}' is not a code in this file"));
            }
            else if (!allowed.Contains(parent.Kind))
            {
                errors.Add(new InputError(file, row.Line, "parent_code", $"'{unit.ParentCode}' is a {parent.Kind.ToCode()}; a {unit.Kind.ToCode()} sits under {string.Join(" or ", allowed.Select(k => k.ToCode()))}"));
            }
        }

        if (lcos.Count == 0 && rowCount > 0 && errors.Count == 0)
        {
            errors.Add(new InputError(file, 0, "kind", "the file has no lco; exactly one row must be of kind lco"));
        }

        if (rowCount == 0)
        {
            errors.Add(new InputError(file, 0, null, "the file has no rows; it must hold at least the lco"));
        }
    }

    private static UnitKind[] AllowedParents(UnitKind kind) => kind switch
    {
        UnitKind.Lco => [],
        UnitKind.Locality => [UnitKind.Lco],
        UnitKind.Neighbourhood => [UnitKind.Locality],
        UnitKind.Service => [UnitKind.Lco, UnitKind.Locality],
        _ => [],
    };
}

/// <summary>What validating organisation.csv gave: the units (when valid) and every error.</summary>
public sealed record OrganisationFileResult(IReadOnlyList<OrganisationUnit> Units, IReadOnlyList<InputError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
