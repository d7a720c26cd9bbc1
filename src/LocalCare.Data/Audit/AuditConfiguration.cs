using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalCare.Data.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.HasKey(e => e.Id);
        // Ids are the chain's order, assigned under the chain's lock (AuditChain) and always sent; the column keeps its
        // generation (AUTOINCREMENT, identity) so the table is not rebuilt.
        entry.Property(e => e.PreviousHash).HasMaxLength(64);
        entry.Property(e => e.Hash).HasMaxLength(64);
        entry.Property(e => e.Actor).HasMaxLength(256);
        entry.Property(e => e.Subject).HasMaxLength(200);
        entry.Property(e => e.Entity).HasMaxLength(100);
        entry.Property(e => e.EntityKey).HasMaxLength(200);
        entry.HasIndex(e => new { e.Subject, e.Id });
        entry.HasIndex(e => new { e.Actor, e.Id });
        entry.HasIndex(e => new { e.At, e.Id }); // the admin search by date
    }
}
