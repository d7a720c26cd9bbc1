using LocalCare.Core.Inputs;

namespace LocalCare.Core.Commissioning.Files;

/// <summary>
/// Checks a run's commissioning files row by row and against each other and what is stored (commissioning.md): codes that must
/// exist, a CQC location id given to one provider only, keys once per file, and no saving against a scheme whose QIA is not
/// approved. Files are taken in <see cref="CommissioningFiles.All"/> order, so a contract may name a provider of the same run;
/// a rejected row is not there for the rows after it. An audit rated requires improvement or poor with no action is a warning,
/// and so is an approved scheme with savings recorded whose QIA the run changes to anything else (its savings stop counting).
/// </summary>
public static class CommissioningBatchCheck
{
    public static CommissioningBatch Check(IEnumerable<CommissioningFileRows> files, CommissioningStored stored)
    {
        var providers = new Dictionary<string, string?>(stored.Providers, StringComparer.Ordinal);
        var contracts = new HashSet<string>(stored.Contracts, StringComparer.Ordinal);
        var audits = new Dictionary<string, AuditRating>(stored.Audits, StringComparer.Ordinal);
        var auditsWithActions = new HashSet<string>(stored.AuditsWithActions, StringComparer.Ordinal);
        var schemes = new Dictionary<string, QiaStatus>(stored.Schemes, StringComparer.Ordinal);
        var auditLines = new Dictionary<string, (string File, int Line)>(StringComparer.Ordinal);
        var results = new List<CommissioningFileResult>();
        var rejects = new List<InputError>();
        var warnings = new List<string>();

        foreach (var file in files.OrderBy(f => CommissioningFiles.All.ToList().IndexOf(f.Spec)))
        {
            var accepted = new List<object>();
            var keys = new Dictionary<string, int>(StringComparer.Ordinal);
            long rejected = 0;
            foreach (var record in file.Rows)
            {
                var row = new FieldReader(file.File, record);
                var entity = CommissioningRowParser.Parse(file.Spec.Kind, row);
                if (row.Valid)
                {
                    var key = string.Join("|", file.Spec.Key.Select(k => record[k]));
                    if (keys.TryGetValue(key, out var first))
                    {
                        row.Fail(file.Spec.Key[0], $"repeats the key ({string.Join(", ", file.Spec.Key)}) of line {first}");
                    }
                    else
                    {
                        keys[key] = record.Line;
                        References(row, entity, stored, providers, contracts, audits, schemes);
                    }
                }

                if (!row.Valid)
                {
                    rejected++;
                    rejects.AddRange(row.Errors);
                    continue;
                }

                accepted.Add(entity);
                switch (entity)
                {
                    case Provider p:
                        providers[p.Code] = p.CqcLocationId;
                        break;
                    case ProviderContract c:
                        contracts.Add(c.Code);
                        break;
                    case QualityAudit a:
                        audits[a.Code] = a.Overall;
                        auditLines[a.Code] = (file.File, record.Line);
                        break;
                    case AuditAction action:
                        auditsWithActions.Add(action.AuditCode);
                        break;
                    case VfpScheme s:
                        if (s.QiaStatus != QiaStatus.Approved && stored.Schemes.TryGetValue(s.Code, out var was) && was == QiaStatus.Approved
                            && stored.SchemesWithSavings.Contains(s.Code))
                        {
                            warnings.Add($"{file.File}:{record.Line}: qia_status: scheme {s.Code}'s quality impact assessment is now {s.QiaStatus.ToCode()}: "
                                + "the savings already recorded against it stay stored but no longer count towards Value for Patients delivery until it is approved again");
                        }

                        schemes[s.Code] = s.QiaStatus;
                        break;
                }
            }

            results.Add(new CommissioningFileResult(file.Spec, file.File, file.Rows.Count, accepted, rejected));
        }

        foreach (var (code, (file, line)) in auditLines.OrderBy(a => a.Value.File, StringComparer.Ordinal).ThenBy(a => a.Value.Line))
        {
            if (audits[code] is AuditRating.RequiresImprovement or AuditRating.Poor && !auditsWithActions.Contains(code))
            {
                warnings.Add($"{file}:{line}: audit {code} is rated {audits[code].ToCode()} but has no action: such an audit needs at least one before it can be completed");
            }
        }

        return new CommissioningBatch(results, rejects, warnings);
    }

    private static void References(
        FieldReader row, object entity, CommissioningStored stored, Dictionary<string, string?> providers, HashSet<string> contracts,
        Dictionary<string, AuditRating> audits, Dictionary<string, QiaStatus> schemes)
    {
        void Provider(string code)
        {
            if (!providers.ContainsKey(code))
            {
                row.Fail("provider_code", $"'{code}' is not a provider in the register (providers.csv)");
            }
        }

        void Contract(string code)
        {
            if (!contracts.Contains(code))
            {
                row.Fail("contract_code", $"'{code}' is not a contract (contracts.csv)");
            }
        }

        void Service(string code)
        {
            if (!stored.Services.Contains(code))
            {
                row.Fail("service_code", $"'{code}' is not a service of the organisation");
            }
        }

        switch (entity)
        {
            case Provider p:
                if (p.NeighbourhoodCode is { } neighbourhood && !stored.Neighbourhoods.Contains(neighbourhood))
                {
                    row.Fail("neighbourhood_code", $"'{neighbourhood}' is not a neighbourhood of the organisation");
                }

                if (p.CqcLocationId is { } location
                    && providers.FirstOrDefault(o => o.Key != p.Code && string.Equals(o.Value, location, StringComparison.OrdinalIgnoreCase)).Key is { } other)
                {
                    row.Fail("cqc_location_id", $"'{location}' is already the CQC location of provider {other}");
                }

                break;
            case ProviderContract c:
                Provider(c.ProviderCode);
                break;
            case ContractSpend s:
                Contract(s.ContractCode);
                break;
            case SocialValueCommitment v:
                Contract(v.ContractCode);
                break;
            case QualityAudit a:
                Provider(a.ProviderCode);
                break;
            case AuditAction action when !audits.ContainsKey(action.AuditCode):
                row.Fail("audit_code", $"'{action.AuditCode}' is not an audit (audits.csv)");
                break;
            case ProviderConcern concern:
                Provider(concern.ProviderCode);
                break;
            case BudgetLine b:
                Service(b.ServiceCode);
                break;
            case VfpScheme scheme:
                Service(scheme.ServiceCode);
                break;
            case VfpDelivery d:
                if (!schemes.TryGetValue(d.SchemeCode, out var qia))
                {
                    row.Fail("scheme_code", $"'{d.SchemeCode}' is not a Value for Patients scheme (vfp_schemes.csv)");
                }
                else if (qia != QiaStatus.Approved)
                {
                    row.Fail("saving", $"scheme {d.SchemeCode}'s quality impact assessment is {qia.ToCode()}: a saving counts only once its QIA is approved");
                }

                break;
        }
    }
}
