using System.Globalization;
using System.Text;
using LocalCare.Core.Generation;
using LocalCare.Warehouse.WaitingLists;

namespace LocalCare.Web.Features.WaitingLists;

/// <summary>The validation list as CSV: every waiting referral at a census, longest first, for a manager to check against the clinical system.</summary>
public static class WaitingListsCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public const string Header = "person_id,referral_id,service,neighbourhood,received_at,days_waited,weeks_waited";

    public static string Validation(IEnumerable<WaitingReferral> waiting)
    {
        var csv = new StringBuilder(Header).Append('\n');
        foreach (var w in waiting)
        {
            csv.AppendJoin(',', new[]
            {
                Field(w.PersonId), Field(w.ReferralId), Field(w.ServiceCode), Field(w.NeighbourhoodCode),
                w.ReceivedAt.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
                w.DaysWaited.ToString(CultureInfo.InvariantCulture),
                (w.DaysWaited / 7.0).ToString("0.#", CultureInfo.InvariantCulture),
            });
            csv.Append('\n');
        }

        return csv.ToString();
    }

    /// <summary><c>waiting-list-validation-2024-12.csv</c>, or with the service: <c>waiting-list-validation-2024-12-MSK.csv</c>.</summary>
    public static string FileName(YearMonth month, string? service) =>
        "waiting-list-validation-" + month + (service is null ? "" : "-" + new string(service.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray())) + ".csv";

    /// <summary>Quotes what needs quoting, and defuses text a spreadsheet would run as a formula (<see cref="Shared.SpreadsheetCsv"/>).</summary>
    public static string Field(string? value) => Shared.SpreadsheetCsv.Field(value);
}
