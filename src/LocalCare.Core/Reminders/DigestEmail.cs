using System.Globalization;
using System.Net;
using System.Text;

namespace LocalCare.Core.Reminders;

/// <summary>
/// A digest as an email: subject, plain text and HTML bodies with the same content (overdue, then due in the next 14 days;
/// each item's kind, title, due date and link). Links are the site address + the item's path, or the path alone
/// when no site address is configured. The HTML is plain (headings, lists, no images or styles) and every text is encoded.
/// </summary>
public sealed record DigestEmail(string Subject, string Text, string Html)
{
    public static DigestEmail For(ReminderDigest digest, string displayName, string? siteUrl)
    {
        var date = Format(digest.Date);
        var subject = digest.Overdue.Count > 0
            ? $"LocalCare: {Count(digest.Overdue.Count, "item")} overdue, {digest.DueSoon.Count} due soon ({date})"
            : $"LocalCare: {Count(digest.DueSoon.Count, "item")} due soon ({date})";
        var name = string.IsNullOrWhiteSpace(displayName) ? digest.UserName : displayName;
        var link = (string path) => string.IsNullOrWhiteSpace(siteUrl) ? path : siteUrl.TrimEnd('/') + path;

        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Dear {name},")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"This is what is due or overdue for you in LocalCare on {date}.");
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(Encode(subject)).Append("</title></head><body>")
            .Append("<p>Dear ").Append(Encode(name)).Append(",</p>")
            .Append("<p>This is what is due or overdue for you in LocalCare on ").Append(Encode(date)).Append(".</p>");
        Section(digest.Overdue, $"Overdue ({digest.Overdue.Count})", overdue: true);
        Section(digest.DueSoon, $"Due in the next {ReminderDigest.LookAheadDays} days ({digest.DueSoon.Count})", overdue: false);
        var all = link("/reminders");
        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Everything due for you: {all}")
            .AppendLine("You get this email once a day while something is due or overdue.");
        html.Append("<p>Everything due for you: <a href=\"").Append(Encode(all)).Append("\">").Append(Encode(all)).Append("</a></p>")
            .Append("<p>You get this email once a day while something is due or overdue.</p></body></html>");
        return new DigestEmail(subject, text.ToString(), html.ToString());

        void Section(IReadOnlyList<ReminderItem> items, string heading, bool overdue)
        {
            if (items.Count == 0)
            {
                return;
            }

            text.AppendLine().AppendLine(heading).AppendLine(new string('-', heading.Length));
            html.Append("<h2>").Append(Encode(heading)).Append("</h2><ul>");
            foreach (var item in items)
            {
                var when = $"{(overdue ? "was due" : "due")} {Format(item.Due)}";
                text.AppendLine(CultureInfo.InvariantCulture, $"- {item.Kind.ToLabel()}: {item.Title} ({when})")
                    .AppendLine(CultureInfo.InvariantCulture, $"  {link(item.Link)}");
                html.Append("<li><strong>").Append(Encode(item.Kind.ToLabel())).Append(":</strong> <a href=\"").Append(Encode(link(item.Link))).Append("\">")
                    .Append(Encode(item.Title)).Append("</a> (").Append(Encode(when)).Append(")</li>");
            }

            html.Append("</ul>");
        }
    }

    /// <summary>"15 January 2025".</summary>
    public static string Format(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
