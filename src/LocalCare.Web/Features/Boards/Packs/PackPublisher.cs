using System.Security.Cryptography;
using LocalCare.Core.Boards;
using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Inputs;
using LocalCare.Data;
using LocalCare.Reports.Packs;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Boards.Packs;

/// <summary>
/// Publishes a meeting's pack (board-packs.md "Publishing"): refused while an exception lacks narrative and a "to follow" reason;
/// freezes the HTML, PDF, XLSX and JSON with their SHA-256 as a new version; a version after the first is a correction and needs a reason.
/// </summary>
public sealed class PackPublisher(LocalCareDbContext db, PackDrafts drafts, PackPdfPrinter printer, TimeProvider clock)
{
    public const int MaxReasonLength = 2000;

    /// <summary>The new version's number, or the problems that stop publishing; null when there is no such meeting.</summary>
    public async Task<PublishResult?> PublishAsync(int meetingId, PublishInput input, string publisher, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        if (meeting is null)
        {
            return null;
        }

        var reasons = input.Reasons();
        var pack = (await drafts.DraftAsync(meetingId, reasons, cancellationToken))!;
        var problems = Problems(pack, reasons, input.CorrectionReason);
        if (problems.Count > 0)
        {
            return new PublishResult(null, problems);
        }

        var document = PackHtml.RenderDocument(pack);
        var html = System.Text.Encoding.UTF8.GetBytes(document);
        byte[] pdf;
        try
        {
            pdf = await printer.PrintAsync(document, pack.Title, cancellationToken);
        }
        catch (PackPdfException e)
        {
            return new PublishResult(null, [new FieldProblem("publish", "The PDF could not be made, so nothing was published: " + e.Message)]);
        }

        var xlsx = PackXlsx.Write(pack);
        var json = PackJson.Write(pack);
        var version = new PackVersion
        {
            MeetingId = meetingId,
            Version = pack.Meeting.Version,
            PublishedAt = clock.GetUtcNow().UtcDateTime,
            PublishedBy = publisher,
            CorrectionReason = pack.Meeting.Version > 1 ? input.CorrectionReason!.Trim() : null,
            NarrativeToFollow = string.Join('\n', pack.Exceptions.Where(m => m.Narrative?.ToFollowReason is not null).Select(m => $"{m.Id}: {m.Narrative!.ToFollowReason}")),
            Html = html,
            Pdf = pdf,
            Xlsx = xlsx,
            Json = json,
            HtmlSha256 = Sha256(html),
            PdfSha256 = Sha256(pdf),
            XlsxSha256 = Sha256(xlsx),
            JsonSha256 = Sha256(json),
        };
        db.PackVersions.Add(version);
        if (meeting.Status is MeetingStatus.Planned or MeetingStatus.PackDraft)
        {
            meeting.Status = MeetingStatus.PackPublished;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two publishers at once: the unique (meeting, version) index lets only one of them have the number.
            return new PublishResult(null, [new FieldProblem("publish", $"Version {version.Version} was published by someone else a moment ago: read it, then publish a correction if one is needed")]);
        }

        return new PublishResult(version.Version, []);
    }

    /// <summary>Why the pack cannot be published as it stands.</summary>
    public static IReadOnlyList<FieldProblem> Problems(BoardPack pack, IReadOnlyDictionary<string, string> reasons, string? correctionReason)
    {
        var problems = new List<FieldProblem>();
        foreach (var metric in pack.MissingNarrative)
        {
            problems.Add(new(PublishInput.FieldOf(metric.Id), $"{metric.Metric.Name} is an exception without narrative: write it, or record why it is to follow"));
        }

        foreach (var (metricId, reason) in reasons.Where(r => r.Value.Length > MaxReasonLength))
        {
            problems.Add(new(PublishInput.FieldOf(metricId), $"The reason the narrative is to follow must be {MaxReasonLength:N0} characters or fewer"));
        }

        if (pack.Meeting.Version > 1)
        {
            if (string.IsNullOrWhiteSpace(correctionReason))
            {
                problems.Add(new("correction-reason", $"Version {pack.Meeting.Version - 1} is published: say what this version corrects"));
            }
            else if (correctionReason.Trim().Length > MaxReasonLength)
            {
                problems.Add(new("correction-reason", $"The correction's reason must be {MaxReasonLength:N0} characters or fewer"));
            }
        }

        return problems;
    }

    /// <summary>Lower-case hex SHA-256, as the meeting page and the CLI show it.</summary>
    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}

/// <summary>The outcome of publishing: the new version, or the problems.</summary>
public sealed record PublishResult(int? Version, IReadOnlyList<FieldProblem> Problems);
