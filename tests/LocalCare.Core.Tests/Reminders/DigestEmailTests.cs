using LocalCare.Core.Reminders;

namespace LocalCare.Core.Tests.Reminders;

public sealed class DigestEmailTests
{
    private static readonly DateOnly Today = new(2025, 1, 15);

    private static ReminderDigest Digest() => ReminderDigest.For("manager", Today,
    [
        new("manager", "Director of Operations", ReminderKind.BoardAction, "HPB-A-003 Validate <every> waiting list & report", new DateOnly(2024, 11, 30), "/boards/HPB/actions"),
        new("manager", "Director of Operations", ReminderKind.QuarterlyUpdate, "D2425-CH-01 Update", new DateOnly(2025, 1, 20), "/deliverables/D2425-CH-01/updates/4"),
    ]);

    [Fact]
    public void For_SaysHowManyAreOverdueAndDueInTheSubject()
    {
        var email = DigestEmail.For(Digest(), "Sam Patel", null);

        Assert.Equal("LocalCare: 1 item overdue, 1 due soon (15 January 2025)", email.Subject);
    }

    [Fact]
    public void For_WritesTheTextWithOverdueFirstAndFullLinksFromTheSiteAddress()
    {
        var text = DigestEmail.For(Digest(), "Sam Patel", "https://localcare.example.org/").Text;

        Assert.Contains("Dear Sam Patel,", text, StringComparison.Ordinal);
        var overdue = text.IndexOf("Overdue (1)", StringComparison.Ordinal);
        var due = text.IndexOf("Due in the next 14 days (1)", StringComparison.Ordinal);
        Assert.True(overdue >= 0 && due > overdue);
        Assert.Contains("- Board action: HPB-A-003 Validate <every> waiting list & report (was due 30 November 2024)", text, StringComparison.Ordinal);
        Assert.Contains("  https://localcare.example.org/deliverables/D2425-CH-01/updates/4", text, StringComparison.Ordinal);
        Assert.Contains("https://localcare.example.org/reminders", text, StringComparison.Ordinal);
    }

    [Fact]
    public void For_EncodesEveryTextInTheHtml()
    {
        var html = DigestEmail.For(Digest(), "Sam <b>Patel</b>", null).Html;

        Assert.Contains("Validate &lt;every&gt; waiting list &amp; report", html, StringComparison.Ordinal);
        Assert.Contains("Dear Sam &lt;b&gt;Patel&lt;/b&gt;,", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<every>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/boards/HPB/actions\">", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Overdue (1)</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void For_OnlyDueSoon_SaysSoInTheSubject_AndUsesTheUserNameWithoutADisplayName()
    {
        var digest = ReminderDigest.For("manager", Today, [new("manager", "", ReminderKind.ServicePlan, "Submit", Today.AddDays(3), "/s")]);

        var email = DigestEmail.For(digest, "", null);

        Assert.Equal("LocalCare: 1 item due soon (15 January 2025)", email.Subject);
        Assert.Contains("Dear manager,", email.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Overdue", email.Text, StringComparison.Ordinal);
    }
}
