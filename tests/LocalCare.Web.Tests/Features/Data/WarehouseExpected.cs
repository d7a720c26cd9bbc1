using System.Globalization;
using LocalCare.Warehouse;

namespace LocalCare.Web.Tests.Features.Data;

/// <summary>What the data page and API should show, counted straight from the warehouse with SQL of the test's own.</summary>
public sealed record WarehouseExpected(
    IReadOnlyList<string> Services, long Contacts, long LinkedContacts, long PastNotOutcomed, long UnknownNeighbourhood, long ContactsBeforeReferral, long Referrals)
{
    /// <summary>The test factory's "now" as the warehouse compares it (UK local time; January is GMT).</summary>
    public const string Now = "TIMESTAMP '2025-01-15 09:00:00'";

    public static WarehouseExpected Of(LocalCareWebFactory factory) => factory.QueryWarehouse(connection => new WarehouseExpected(
        Sql.Query(connection, "SELECT service_code FROM contacts UNION SELECT service_code FROM referrals ORDER BY 1", r => r.GetString(0)),
        Sql.Scalar<long>(connection, "SELECT count(*) FROM contacts"),
        Sql.Scalar<long>(connection, "SELECT count(*) FROM contacts WHERE referral_id IN (SELECT referral_id FROM referrals)"),
        Sql.Scalar<long>(connection, $"SELECT count(*) FROM contacts WHERE scheduled_at < {Now} AND (attendance IS NULL OR attendance = '0')"),
        Sql.Scalar<long>(connection, "SELECT count(*) FROM contacts WHERE neighbourhood_code IS NULL"),
        Sql.Scalar<long>(connection, "SELECT count(*) FROM contacts c JOIN referrals r ON r.referral_id = c.referral_id WHERE c.scheduled_at < r.received_at"),
        Sql.Scalar<long>(connection, "SELECT count(*) FROM referrals")))
        ?? throw new InvalidOperationException("The demo should have created the warehouse.");

    /// <summary>As the page writes a share: one decimal place and a per cent sign.</summary>
    public string LinkedShareText => (100.0 * LinkedContacts / Contacts).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>"1,234" → 1234.</summary>
    public static long Number(string text) => long.Parse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
}
