namespace LocalCare.Warehouse.Tests.Imports;

/// <summary>incidents.csv, experience.csv and metric_values.csv.</summary>
public sealed class EventFilesImportTests : IDisposable
{
    private const string Incidents = "incident_id,occurred_at,service_code,neighbourhood_code,category,grade,acquired_in_care";
    private const string Experience = "response_id,responded_at,service_code,neighbourhood_code,instrument,score";
    private const string Values = "month,metric_id,unit,numerator,denominator";
    private readonly TestWarehouse _warehouse = new();

    [Theory]
    [InlineData("I1,2024-05-01T10:00,POD,,slip,,", "incidents.csv:2: category: 'slip' is not one of pressure_ulcer, fall, medication, other")]
    [InlineData("I1,2024-05-01T10:00,POD,,pressure_ulcer,moderate,true", "incidents.csv:2: grade: 'moderate' is not a pressure ulcer grade (cat1, cat2, cat3, cat4, unstageable, dti)")]
    [InlineData("I1,2024-05-01T10:00,POD,,fall,cat3,", "incidents.csv:2: grade: 'cat3' is not a harm grade for a fall (none, low, moderate, severe, death)")]
    [InlineData("I1,2024-05-01T10:00,POD,,fall,awful,", "incidents.csv:2: grade: 'awful' is not one of cat1, cat2, cat3, cat4, unstageable, dti, none, low, moderate, severe, death")]
    [InlineData("I1,2024-05-01T10:00,POD,,pressure_ulcer,cat3,yes", "incidents.csv:2: acquired_in_care: 'yes' is not true or false")]
    public void Incidents_BadRows_AreRejected(string row, string expected)
    {
        Assert.Equal([expected], _warehouse.Rejections(_warehouse.Write("incidents.csv", $"{Incidents}\n{row}\n")));
    }

    [Fact]
    public void Incidents_ValidRows_AreStored()
    {
        _warehouse.Import(_warehouse.Write("incidents.csv", $"{Incidents}\nI1,2024-05-01T10:00,POD,INT-A,pressure_ulcer,cat3,true\nI2,2024-05-02T10:00,POD,,fall,moderate,\n"));

        Assert.Equal(
            ["I1|05/01/2024 10:00:00|POD|INT-A|pressure_ulcer|cat3|True", "I2|05/02/2024 10:00:00|POD|∅|fall|moderate|∅"],
            _warehouse.Contents("incidents"));
    }

    [Theory]
    [InlineData("X1,2024-05-01,POD,,survey,50", "experience.csv:2: instrument: 'survey' is not one of wmtm, qcr, fft")]
    [InlineData("X1,2024-05-01,POD,,wmtm,101", "experience.csv:2: score: '101' is not a wmtm score between 0 and 100")]
    [InlineData("X1,2024-05-01,POD,,qcr,-0.5", "experience.csv:2: score: '-0.5' is not a qcr score between 0 and 100")]
    [InlineData("X1,2024-05-01,POD,,fft,7", "experience.csv:2: score: '7' is not a Friends and Family Test answer (1 to 6)")]
    [InlineData("X1,2024-05-01,POD,,fft,2.5", "experience.csv:2: score: '2.5' is not a Friends and Family Test answer (1 to 6)")]
    [InlineData("X1,2024-05-01T09:00,POD,,fft,2", "experience.csv:2: responded_at: '2024-05-01T09:00' is not a date (YYYY-MM-DD)")]
    [InlineData("X1,2024-05-01,POD,,fft,", "experience.csv:2: score: is required")]
    public void Experience_BadRows_AreRejected(string row, string expected)
    {
        Assert.Equal([expected], _warehouse.Rejections(_warehouse.Write("experience.csv", $"{Experience}\n{row}\n")));
    }

    [Theory]
    [InlineData("2024-05,no-such-metric,lco,3,", "metric_values.csv:2: metric_id: 'no-such-metric' is not a manual metric")]
    [InlineData("2024-05,carers-assessments,locality:INT-A,3,", "metric_values.csv:2: unit: 'locality:INT-A' is not a unit of the organisation (lco, locality:CODE, neighbourhood:CODE or service:CODE)")]
    [InlineData("2024-05,carers-assessments,LCO,3,", "metric_values.csv:2: unit: 'LCO' is not a unit of the organisation (lco, locality:CODE, neighbourhood:CODE or service:CODE)")]
    [InlineData("2024-05,carers-assessments,lco,3,4", "metric_values.csv:2: denominator: '4' must be empty: carers-assessments is a count")]
    [InlineData("2024-05,dna-rate,service:POD,3,", "metric_values.csv:2: denominator: is required: dna-rate is a ratio")]
    [InlineData("2024-05,dna-rate,service:POD,,10", "metric_values.csv:2: numerator: is required")]
    public void MetricValues_BadRows_AreRejected(string row, string expected)
    {
        Assert.Equal([expected], _warehouse.Rejections(_warehouse.Write("metric_values.csv", $"{Values}\n{row}\n")));
    }

    [Fact]
    public void MetricValues_ValidRows_AreStored()
    {
        _warehouse.Import(_warehouse.Write("metric_values.csv", $"{Values}\n2024-05,carers-assessments,neighbourhood:INT-A,3,\n2024-05,dna-rate,lco,7,100\n"));

        Assert.Equal(["05/01/2024|carers-assessments|neighbourhood:INT-A|3|∅", "05/01/2024|dna-rate|lco|7|100"], _warehouse.Contents("metric_values"));
    }

    public void Dispose() => _warehouse.Dispose();
}
