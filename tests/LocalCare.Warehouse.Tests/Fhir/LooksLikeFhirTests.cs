using LocalCare.Warehouse.Fhir;
using static LocalCare.Warehouse.Tests.Fhir.FhirFiles;

namespace LocalCare.Warehouse.Tests.Fhir;

public sealed class LooksLikeFhirTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("localcare-fhir-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void LooksLikeFhir_WhenBundleOrNdjson_IsTrue()
    {
        Assert.True(FhirExtract.LooksLikeFhir(Fixture("transaction-bundle.json")));
        Assert.True(FhirExtract.LooksLikeFhir(Fixture("Encounter.ndjson")));
    }

    [Theory]
    [InlineData("bundle.json", "\uFEFF\n  {\"resourceType\": \"Bundle\", \"type\": \"batch\"}", true)]
    [InlineData("settings.json", "{\"name\": \"LocalCare\"}", false)]
    [InlineData("list.json", "[{\"resourceType\": \"Patient\"}]", false)]
    [InlineData("referrals.csv", "referral_id,person_id\n", false)]
    [InlineData("export.NDJSON", "", true)]
    public void LooksLikeFhir_WhenFileIsGiven_LooksAtExtensionAndStart(string name, string content, bool fhir)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);

        Assert.Equal(fhir, FhirExtract.LooksLikeFhir(path));
    }

    [Theory]
    [InlineData("a/b/ServiceRequest.ndjson", FhirFormat.Ndjson)]
    [InlineData("bundle.json", FhirFormat.Bundle)]
    public void FormatOf_FollowsTheExtension(string path, FhirFormat format) =>
        Assert.Equal(format, FhirExtract.FormatOf(path));
}
