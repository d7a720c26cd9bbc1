using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalCare.Data.Reminders;

/// <summary>A digest sent to a user for a date; the key (user, date) makes it one a day whichever process sends it.</summary>
public sealed class ReminderDigestSent
{
    public required string UserName { get; init; }

    /// <summary>The UK date the digest was for.</summary>
    public required DateOnly Date { get; init; }

    public required int ItemCount { get; init; }

    /// <summary>When it was sent (UTC).</summary>
    public required DateTime SentAt { get; init; }
}

internal sealed class ReminderDigestSentConfiguration : IEntityTypeConfiguration<ReminderDigestSent>
{
    public void Configure(EntityTypeBuilder<ReminderDigestSent> sent)
    {
        sent.HasKey(s => new { s.UserName, s.Date });
        sent.Property(s => s.UserName).HasMaxLength(256);
    }
}
