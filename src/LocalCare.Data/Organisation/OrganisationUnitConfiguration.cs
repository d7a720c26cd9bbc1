using LocalCare.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalCare.Data.Organisation;

internal sealed class OrganisationUnitConfiguration : IEntityTypeConfiguration<OrganisationUnit>
{
    public void Configure(EntityTypeBuilder<OrganisationUnit> unit)
    {
        unit.HasKey(u => u.Code);
        unit.Property(u => u.Code).HasMaxLength(32);
        unit.Property(u => u.Name).HasMaxLength(200);
        unit.Property(u => u.ParentCode).HasMaxLength(32);
        unit.Ignore(u => u.UnitRef);
        unit.HasIndex(u => u.ParentCode);
    }
}
