using LocalCare.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalCare.Data.Users;

internal sealed class UserUnitConfiguration : IEntityTypeConfiguration<UserUnit>
{
    public void Configure(EntityTypeBuilder<UserUnit> unit)
    {
        unit.HasKey(u => new { u.UserId, u.UnitCode });
        unit.Property(u => u.UnitCode).HasMaxLength(32);
        unit.HasOne<LocalCareUser>().WithMany().HasForeignKey(u => u.UserId).OnDelete(DeleteBehavior.Cascade);

        // A unit removed from the organisation takes its assignments with it.
        unit.HasOne<OrganisationUnit>().WithMany().HasForeignKey(u => u.UnitCode).OnDelete(DeleteBehavior.Cascade);
    }
}
