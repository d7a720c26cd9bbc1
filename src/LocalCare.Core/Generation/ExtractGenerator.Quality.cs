using LocalCare.Core.Organisation;

namespace LocalCare.Core.Generation;

/// <summary>Quality extracts: patient safety incidents and patient experience.</summary>
public sealed partial class ExtractGenerator
{
    // Incidents a year across the LCO at the default volume (scaled with it). With these grade mixes about 20
    // category 3 and 4 pressure ulcers acquired in care a year (the seeds: 25 in 2022/23, 17 in 2023/24), and
    // one or two falls with moderate or worse harm.
    private const double PressureUlcersAYear = 650;
    private const double FallsAYear = 320;
    private const double MedicationIncidentsAYear = 380;
    private const double OtherIncidentsAYear = 600;

    private static readonly IncidentGrade[] UlcerGrades =
        [IncidentGrade.Cat1, IncidentGrade.Cat2, IncidentGrade.Cat3, IncidentGrade.Cat4, IncidentGrade.Unstageable, IncidentGrade.Dti];

    private static readonly double[] UlcerGradeCumulative = [0.25, 0.70, 0.75, 0.765, 0.845, 1.0];

    private static readonly IncidentGrade[] HarmGrades =
        [IncidentGrade.NoHarm, IncidentGrade.Low, IncidentGrade.Moderate, IncidentGrade.Severe, IncidentGrade.Death];

    private static readonly double[] FallHarmCumulative = [0.6, 0.994, 0.999, 0.9998, 1.0];
    private static readonly double[] MedicationHarmCumulative = [0.7, 0.98, 0.998, 1.0, 1.0];
    private static readonly double[] OtherHarmCumulative = [0.65, 0.97, 0.995, 0.999, 1.0];

    /// <summary>Friends and Family Test: 1 very good … 5 very poor, 6 don't know; about 90% very good or good.</summary>
    private static readonly double[] FftCumulative = [0.70, 0.90, 0.94, 0.96, 0.98, 1.0];

    /// <summary>incidents.csv: month by month, services by code, each partition's incidents in time order.</summary>
    public IEnumerable<GeneratedIncident> Incidents()
    {
        var scale = Settings.ContactsPerYear / (double)GenerationSettings.DefaultContactsPerYear;
        var ulcers = Shares(s => s.Profile.HomeCare && !IsChildrens(s) ? s.AnnualContacts : 0);
        var falls = Shares(s => IsChildrens(s) ? 0 : s.AnnualContacts * (s.Profile.HomeCare ? 2 : 1));
        var medication = Shares(s => s.AnnualContacts * (s.Profile.HomeCare ? 1 : 0.3));
        var other = Shares(s => s.AnnualContacts);
        var incidents = new List<GeneratedIncident>();
        foreach (var month in Months)
        {
            var winter = 1 + (0.1 * Math.Cos(DayOfYearAngle(month.FirstDay.DayNumber + 14)));
            var perMonth = scale * winter / 12;
            foreach (var service in _services)
            {
                var i = service.Ordinal - 1;
                var random = new Random(Seeds.For(Settings.Seed, Seeds.Incidents, month.Index, service.Ordinal));
                incidents.Clear();
                var sequence = 0;
                void Add(IncidentCategory category, IncidentGrade? grade, bool? acquired) => incidents.Add(new GeneratedIncident(
                    new RecordKey('I', month, service.Ordinal, ++sequence), RandomTime(month, random), service.Code,
                    service.Catchment.DrawNeighbourhood(random), category, grade, acquired));

                for (var n = random.Poisson(PressureUlcersAYear * ulcers[i] * perMonth); n > 0; n--)
                {
                    Add(IncidentCategory.PressureUlcer, UlcerGrades[random.Pick(UlcerGradeCumulative)], random.Chance(0.55));
                }

                for (var n = random.Poisson(FallsAYear * falls[i] * perMonth); n > 0; n--)
                {
                    Add(IncidentCategory.Fall, Harm(FallHarmCumulative, random), null);
                }

                for (var n = random.Poisson(MedicationIncidentsAYear * medication[i] * perMonth); n > 0; n--)
                {
                    Add(IncidentCategory.Medication, Harm(MedicationHarmCumulative, random), null);
                }

                for (var n = random.Poisson(OtherIncidentsAYear * other[i] * perMonth); n > 0; n--)
                {
                    Add(IncidentCategory.Other, Harm(OtherHarmCumulative, random), null);
                }

                incidents.Sort((a, b) => a.OccurredAt != b.OccurredAt ? a.OccurredAt.CompareTo(b.OccurredAt) : a.IncidentId.Sequence.CompareTo(b.IncidentId.Sequence));
                for (var n = 0; n < incidents.Count; n++)
                {
                    yield return incidents[n] with { IncidentId = incidents[n].IncidentId with { Sequence = n + 1 } }; // numbered in time order
                }
            }
        }
    }

    /// <summary>experience.csv: month by month, services by code, each partition's responses in date order.</summary>
    public IEnumerable<GeneratedExperience> Experience()
    {
        var responses = new List<GeneratedExperience>();
        foreach (var month in Months)
        {
            foreach (var service in _services)
            {
                var random = new Random(Seeds.For(Settings.Seed, Seeds.Experience, month.Index, service.Ordinal));
                var attended = service.AnnualContacts * service.AttendedShare / 12;
                responses.Clear();
                var sequence = 0;
                void Add(ExperienceInstrument instrument, double score) => responses.Add(new GeneratedExperience(
                    new RecordKey('E', month, service.Ordinal, ++sequence), DateOnly.FromDayNumber(month.FirstDay.DayNumber + random.Next(month.Days)),
                    service.Code, service.Catchment.DrawNeighbourhood(random), instrument, (decimal)score));

                for (var n = random.Poisson(attended * 0.01); n > 0; n--)
                {
                    Add(ExperienceInstrument.Fft, random.Pick(FftCumulative) + 1);
                }

                if (service.Profile.HomeCare)
                {
                    for (var n = random.Poisson(attended * 0.002); n > 0; n--)
                    {
                        Add(ExperienceInstrument.Wmtm, Math.Round(Math.Max(0, 100 - random.Exponential(11))));
                    }

                    for (var n = random.Poisson(3); n > 0; n--)
                    {
                        Add(ExperienceInstrument.Qcr, Math.Round(Math.Max(0, 100 - random.Exponential(8)), 1));
                    }
                }

                responses.Sort((a, b) => a.RespondedAt != b.RespondedAt ? a.RespondedAt.CompareTo(b.RespondedAt) : a.ResponseId.Sequence.CompareTo(b.ResponseId.Sequence));
                for (var n = 0; n < responses.Count; n++)
                {
                    yield return responses[n] with { ResponseId = responses[n].ResponseId with { Sequence = n + 1 } }; // numbered in date order
                }
            }
        }
    }

    private static bool IsChildrens(ServiceModel service) => service.Unit.ServiceGroup == ServiceGroup.Children;

    private static IncidentGrade? Harm(double[] cumulative, Random random) =>
        random.Chance(0.03) ? null : HarmGrades[random.Pick(cumulative)];

    private static DateTime RandomTime(YearMonth month, Random random) =>
        month.FirstDay.ToDateTime(TimeOnly.MinValue).AddMinutes((random.Next(month.Days) * 1440) + 420 + random.Next(960));

    /// <summary>Each service's share of a total, by weight.</summary>
    private double[] Shares(Func<ServiceModel, double> weight)
    {
        var weights = _services.Select(weight).ToArray();
        var total = weights.Sum();
        return weights.Select(w => total > 0 ? w / total : 0).ToArray();
    }
}
