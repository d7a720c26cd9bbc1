using LocalCare.Core.Commissioning;
using LocalCare.Core.Commissioning.Files;

namespace LocalCare.Core.Tests.Commissioning.Files;

/// <summary>The rules of commissioning.md's files, row by row and across files, with file:line: column: reason for each reject.</summary>
public sealed class CommissioningBatchCheckTests
{
    private static readonly CommissioningStored Nothing = CommissioningStored.Empty(["INT-A", "INT-B"], ["POD", "ASC-HOME"]);

    private const string ProviderHeader = "provider_code,name,cqc_location_id,service_type,beds,neighbourhood_code,local";

    [Fact]
    public void AValidRunOfEveryFile_IsAcceptedWhole()
    {
        var batch = Check(
            ("providers.csv", ProviderHeader, ["P1,Oak House,1-100000001,care_home_nursing,40,INT-A,Y", "P2,Home Care Ltd,,homecare,,,n"]),
            ("contracts.csv", "contract_code,provider_code,title,start_date,end_date,annual_value,manager,flagship", ["C1,P1,Beds,2024-04-01,2027-03-31,1200000.50,A Manager,Y"]),
            ("spend.csv", "month,contract_code,amount", ["2024-04,C1,100000.00", "2024-05,C1,-250.5"]),
            ("vfp_schemes.csv", "scheme_code,title,service_code,plan_year,annual_target,recurrent,qia_status", ["S1,Scheme,POD,2024/25,12000,Y,approved"]),
            ("vfp_delivery.csv", "month,scheme_code,saving", ["2024-04,S1,1000"]));

        Assert.Empty(batch.Rejects);
        var providers = batch.Accepted<Provider>(CommissioningFileKind.Providers).ToList();
        Assert.Equal((40, true, false), (providers[0].Beds, providers[0].IsLocal, providers[1].IsLocal));
        Assert.Equal(ProviderServiceType.CareHomeNursing, providers[0].ServiceType);
        Assert.Equal(1200000.50m, batch.Accepted<ProviderContract>(CommissioningFileKind.Contracts).Single().AnnualValue);
        Assert.Equal([100000.00m, -250.5m], batch.Accepted<ContractSpend>(CommissioningFileKind.Spend).Select(s => s.Amount));
        Assert.Equal(new LocalCare.Core.Plans.PlanYear(2024), batch.Accepted<VfpScheme>(CommissioningFileKind.VfpSchemes).Single().PlanYear);
    }

    [Fact]
    public void EachFieldRule_RejectsItsRow_NamingFileLineColumnAndReason()
    {
        var batch = Check(("providers.csv", ProviderHeader,
        [
            "P1,Oak House,,care_home_nursing,,,Y", // beds required
            "P2,Home Care,,homecare,10,,Y", // beds must be empty
            "P3,X,,hospital,,,Y", // not a service type
            "P4,X,,homecare,,INT-Z,Y", // not a neighbourhood
            "P5,X,,homecare,,,maybe", // not Y/N
            "p 6,X,,homecare,,,Y", // not a code
            "P7,,,homecare,,,Y", // name required
        ]));

        Assert.Equal(
        [
            "providers.csv:2: beds: is required for a care_home_nursing provider",
            "providers.csv:3: beds: must be empty: a homecare provider has no beds (only care_home_nursing and care_home_residential do)",
            "providers.csv:4: service_type: 'hospital' is not one of care_home_nursing, care_home_residential, homecare, supported_living, day_service, extra_care, shared_lives, other",
            "providers.csv:5: neighbourhood_code: 'INT-Z' is not a neighbourhood of the organisation",
            "providers.csv:6: local: 'maybe' is not Y or N",
            "providers.csv:7: provider_code: 'p 6' is not a code (1 to 32 characters of A-Z, 0-9, - and _)",
            "providers.csv:8: name: is required",
        ], batch.Rejects.Select(e => e.ToString()));
        Assert.Equal(7, batch.RowsRejected);
    }

    [Fact]
    public void DatesMoneyAndKeys_AreChecked()
    {
        var batch = Check(
            ("providers.csv", ProviderHeader, ["P1,Oak,,homecare,,,Y"]),
            ("contracts.csv", "contract_code,provider_code,title,start_date,end_date,annual_value,manager,flagship",
            [
                "C1,P1,T,2024-04-01,2024-03-31,10,,N", // ends before it starts
                "C2,P1,T,2024-04-01,2025-03-31,10.005,,N", // three decimals
                "C3,P1,T,01/04/2024,2025-03-31,10,,N", // not ISO
                "C4,P1,T,2024-04-01,2025-03-31,-1,,N", // negative value
                "C5,P1,T,2024-04-01,2025-03-31,10,,N",
                "C5,P1,T,2024-04-01,2025-03-31,20,,N", // repeated key
            ]));

        Assert.Equal(
        [
            "contracts.csv:2: end_date: '2024-03-31' is before start_date '2024-04-01'",
            "contracts.csv:3: annual_value: '10.005' has more than 2 decimal places (money is GBP with up to 2)",
            "contracts.csv:4: start_date: '01/04/2024' is not a date (YYYY-MM-DD)",
            "contracts.csv:5: annual_value: '-1' is less than 0",
            "contracts.csv:7: contract_code: repeats the key (contract_code) of line 6",
        ], batch.Rejects.Select(e => e.ToString()));
        Assert.Equal(["C5"], batch.Accepted<ProviderContract>(CommissioningFileKind.Contracts).Select(c => c.Code));
    }

    [Fact]
    public void References_SeeEarlierFilesOfTheRunAndWhatIsStored_ButNotRejectedRows()
    {
        var stored = Nothing with { Providers = new Dictionary<string, string?> { ["OLD"] = "1-999" }, Contracts = new HashSet<string> { "OLDC" } };
        var batch = Check(stored,
            ("providers.csv", ProviderHeader, ["P1,Oak,,homecare,,,Y", "P2,Bad,,homecare,5,,Y", "P3,Same location,1-999,homecare,,,Y"]),
            ("contracts.csv", "contract_code,provider_code,title,start_date,end_date,annual_value,manager,flagship",
                ["C1,P1,T,2024-04-01,2025-03-31,10,,N", "C2,P2,T,2024-04-01,2025-03-31,10,,N", "C3,OLD,T,2024-04-01,2025-03-31,10,,N"]),
            ("spend.csv", "month,contract_code,amount", ["2024-04,OLDC,5", "2024-04,C2,5"]));

        Assert.Equal(
        [
            "providers.csv:3: beds: must be empty: a homecare provider has no beds (only care_home_nursing and care_home_residential do)",
            "providers.csv:4: cqc_location_id: '1-999' is already the CQC location of provider OLD",
            "contracts.csv:3: provider_code: 'P2' is not a provider in the register (providers.csv)",
            "spend.csv:3: contract_code: 'C2' is not a contract (contracts.csv)",
        ], batch.Rejects.Select(e => e.ToString()));
        Assert.Equal(["C1", "C3"], batch.Accepted<ProviderContract>(CommissioningFileKind.Contracts).Select(c => c.Code));
    }

    [Fact]
    public void AnApprovedSchemeWithSavings_WhoseQiaIsWithdrawn_IsStoredWithAWarning_AndItsNewSavingsAreRejected()
    {
        var stored = Nothing with
        {
            Schemes = new Dictionary<string, QiaStatus> { ["S1"] = QiaStatus.Approved, ["S2"] = QiaStatus.Approved, ["S3"] = QiaStatus.Approved },
            SchemesWithSavings = new HashSet<string>(["S1", "S3"], StringComparer.Ordinal),
        };
        var batch = Check(stored,
            ("vfp_schemes.csv", "scheme_code,title,service_code,plan_year,annual_target,recurrent,qia_status",
                ["S1,Withdrawn,POD,2024/25,100,N,in_review", "S2,No savings yet,POD,2024/25,100,N,rejected", "S3,Still approved,POD,2024/25,100,N,approved"]),
            ("vfp_delivery.csv", "month,scheme_code,saving", ["2024-05,S1,10", "2024-05,S3,10"]));

        Assert.Equal(
            ["vfp_schemes.csv:2: qia_status: scheme S1's quality impact assessment is now in_review: the savings already recorded against it stay stored but no longer count towards Value for Patients delivery until it is approved again"],
            batch.Warnings);
        Assert.Equal(["S1", "S2", "S3"], batch.Accepted<VfpScheme>(CommissioningFileKind.VfpSchemes).Select(s => s.Code));
        Assert.Equal(["vfp_delivery.csv:2: saving: scheme S1's quality impact assessment is in_review: a saving counts only once its QIA is approved"], batch.Rejects.Select(e => e.ToString()));
    }

    [Fact]
    public void ASaving_AgainstASchemeWithoutAnApprovedQia_IsRejected()
    {
        var stored = Nothing with { Schemes = new Dictionary<string, QiaStatus> { ["OLD"] = QiaStatus.Approved, ["REVIEW"] = QiaStatus.InReview } };
        var batch = Check(stored,
            ("vfp_schemes.csv", "scheme_code,title,service_code,plan_year,annual_target,recurrent,qia_status",
                ["S1,A,POD,2024/25,100,N,approved", "S2,B,POD,2024/25,100,N,not_started", "S3,C,NOPE,2024/25,100,N,approved", "OLD,Now rejected,POD,2024/25,100,N,rejected"]),
            ("vfp_delivery.csv", "month,scheme_code,saving", ["2024-04,S1,10", "2024-04,S2,10", "2024-04,REVIEW,10", "2024-04,OLD,10", "2024-04,NONE,10"]));

        Assert.Equal(
        [
            "vfp_schemes.csv:4: service_code: 'NOPE' is not a service of the organisation",
            "vfp_delivery.csv:3: saving: scheme S2's quality impact assessment is not_started: a saving counts only once its QIA is approved",
            "vfp_delivery.csv:4: saving: scheme REVIEW's quality impact assessment is in_review: a saving counts only once its QIA is approved",
            "vfp_delivery.csv:5: saving: scheme OLD's quality impact assessment is rejected: a saving counts only once its QIA is approved",
            "vfp_delivery.csv:6: scheme_code: 'NONE' is not a Value for Patients scheme (vfp_schemes.csv)",
        ], batch.Rejects.Select(e => e.ToString()));
        Assert.Equal(["S1"], batch.Accepted<VfpDelivery>(CommissioningFileKind.VfpDelivery).Select(d => d.SchemeCode));
    }

    [Fact]
    public void AnAuditRatedRequiresImprovementOrPoor_WithNoAction_IsAWarningNotAReject()
    {
        var batch = Check(
            ("providers.csv", ProviderHeader, ["P1,Oak,,homecare,,,Y"]),
            ("audits.csv", "audit_code,provider_code,audit_date,auditor,overall,safe,effective,caring,responsive,well_led",
                ["A1,P1,2024-06-10,J Smith,requires_improvement,poor,good,,,", "A2,P1,2024-07-10,,poor,,,,,", "A3,P1,2024-08-10,,good,,,,,", "A4,P1,2024-09-10,,excellent,bad,,,,"]),
            ("audit_actions.csv", "action_code,audit_code,key_question,description,owner,due_date,completed_date",
                ["X1,A2,safe,Fix medicines,Manager,2024-08-01,", "X2,A9,safe,No audit,Manager,2024-08-01,", "X3,A2,security,Bad question,Manager,2024-08-01,"]));

        Assert.Equal(["audits.csv:2: audit A1 is rated requires_improvement but has no action: such an audit needs at least one before it can be completed"], batch.Warnings);
        Assert.Equal(
        [
            "audits.csv:5: safe: 'bad' is not one of excellent, good, requires_improvement, poor",
            "audit_actions.csv:3: audit_code: 'A9' is not an audit (audits.csv)",
            "audit_actions.csv:4: key_question: 'security' is not one of safe, effective, caring, responsive, well_led",
        ], batch.Rejects.Select(e => e.ToString()));
        var audit = batch.Accepted<QualityAudit>(CommissioningFileKind.Audits).First();
        Assert.Equal((AuditRating.RequiresImprovement, AuditRating.Poor, (AuditRating?)null), (audit.Overall, audit.Safe, audit.Caring));
    }

    [Fact]
    public void AConcernClosedBeforeItOpened_AndABudgetForAnUnknownService_AreRejected()
    {
        var batch = Check(
            ("providers.csv", ProviderHeader, ["P1,Oak,,homecare,,,Y"]),
            ("concerns.csv", "concern_code,provider_code,kind,opened,closed,summary", ["K1,P1,safeguarding,2024-07-01,2024-06-30,x", "K2,P1,whistleblowing,2024-07-01,,"]),
            ("budget.csv", "month,service_code,budget,actual", ["2024-04,POD,1000.00,1100.25", "2024-05,POD,1000,", "2024-04,NOPE,1,1", "2024-13,POD,1,1"]));

        Assert.Equal(
        [
            "concerns.csv:2: closed: '2024-06-30' is before opened '2024-07-01'",
            "budget.csv:4: service_code: 'NOPE' is not a service of the organisation",
            "budget.csv:5: month: '2024-13' is not a month (YYYY-MM)",
        ], batch.Rejects.Select(e => e.ToString()));
        Assert.Equal([1100.25m, null], batch.Accepted<BudgetLine>(CommissioningFileKind.Budget).Select(b => b.Actual));
    }

    private static CommissioningBatch Check(params (string File, string Header, string[] Lines)[] files) => Check(Nothing, files);

    private static CommissioningBatch Check(CommissioningStored stored, params (string File, string Header, string[] Lines)[] files) =>
        CommissioningBatchCheck.Check(files.Select(f => Rows(f.File, f.Header, f.Lines)), stored);

    /// <summary>The rows as the CSV reader gives them: line 2 onwards, fields by lower-case column name, empty cells absent (no quoting here).</summary>
    private static CommissioningFileRows Rows(string file, string header, string[] lines)
    {
        var columns = header.Split(',');
        var records = lines.Select((line, i) =>
        {
            var fields = line.Split(',');
            var byName = columns.Zip(fields).Where(p => p.Second.Length > 0).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
            return new ImportRecord(i + 2, byName);
        }).ToList();
        return new CommissioningFileRows(CommissioningFiles.ForFileName(file)!, file, records);
    }
}
