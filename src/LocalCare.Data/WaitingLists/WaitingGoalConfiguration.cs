using LocalCare.Core.Plans;
using LocalCare.Core.WaitingLists;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalCare.Data.WaitingLists;

internal sealed class WaitingGoalConfiguration : IEntityTypeConfiguration<WaitingGoal>
{
    public void Configure(EntityTypeBuilder<WaitingGoal> goal)
    {
        goal.HasKey(g => g.Id);
        goal.Property(g => g.DeliverableCode).HasMaxLength(32);
        goal.Property(g => g.ServiceCode).HasMaxLength(32);
        goal.Property(g => g.Scenario).HasMaxLength(16);
        goal.HasOne<Deliverable>().WithMany().HasForeignKey(g => g.DeliverableCode).OnDelete(DeleteBehavior.Cascade);
        goal.HasIndex(g => g.DeliverableCode);
    }
}
