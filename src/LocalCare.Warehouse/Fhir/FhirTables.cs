using LocalCare.Core.Inputs;
using LocalCare.Warehouse.Imports;

namespace LocalCare.Warehouse.Fhir;

/// <summary>Collects what the resources of one file became, in source order, into a <see cref="FhirReadResult"/>.</summary>
internal sealed class FhirTables(string file)
{
    private readonly Dictionary<ExtractKind, List<TextRow>> _rows = [];
    private readonly List<InputError> _errors = [];
    private readonly List<FhirNotice> _noticeOrder = [];
    private readonly Dictionary<FhirNotice, int> _noticeCounts = [];

    public void Add(int line, FhirMapped mapped)
    {
        if (mapped.Kind is { } kind)
        {
            if (!_rows.TryGetValue(kind, out var rows))
            {
                _rows[kind] = rows = [];
            }

            if (mapped.Fields is { } fields)
            {
                rows.Add(new TextRow(line, fields));
            }
        }

        _errors.AddRange(mapped.Problems.Select(p => new InputError(file, line, p.Column, p.Reason)));
        if (mapped.Notice is { } notice)
        {
            Count(notice);
        }
    }

    public void Errors(IEnumerable<InputError> errors) => _errors.AddRange(errors);

    public void Count(FhirNotice notice)
    {
        if (_noticeCounts.TryGetValue(notice, out var count))
        {
            _noticeCounts[notice] = count + 1;
        }
        else
        {
            _noticeOrder.Add(notice);
            _noticeCounts[notice] = 1;
        }
    }

    public FhirReadResult Result()
    {
        var tables = new[] { ExtractKind.Referrals, ExtractKind.Contacts }
            .Where(_rows.ContainsKey)
            .Select(kind => new TextTable(file, kind, _rows[kind]))
            .ToList();
        var warnings = _noticeOrder.Select(n => n.Describe(file, _noticeCounts[n])).ToList();
        return new FhirReadResult(tables, _errors, warnings);
    }
}
