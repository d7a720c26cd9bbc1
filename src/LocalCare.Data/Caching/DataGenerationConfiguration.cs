using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalCare.Data.Caching;

internal sealed class DataGenerationConfiguration : IEntityTypeConfiguration<DataGeneration>
{
    public void Configure(EntityTypeBuilder<DataGeneration> generation)
    {
        generation.ToTable("DataGeneration");
        generation.HasKey(g => g.Id);
        generation.Property(g => g.Id).ValueGeneratedNever();
        generation.HasData(new DataGeneration { Id = DataGeneration.RowId, Stamp = 0 });
    }
}
