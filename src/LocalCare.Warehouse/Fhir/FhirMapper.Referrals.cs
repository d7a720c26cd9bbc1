using Hl7.Fhir.Model;
using LocalCare.Warehouse.Imports;

namespace LocalCare.Warehouse.Fhir;

/// <summary>ServiceRequest → a row of referrals.csv (the rules are on <see cref="FhirMapper"/>).</summary>
internal static partial class FhirMapper
{
    private static FhirMapped Referral(ServiceRequest request, FhirPlace place)
    {
        var status = FhirValues.Literal(request.StatusElement);
        if (IsEnteredInError(status))
        {
            return FhirMapped.Skipped(new(FhirNoticeKind.EnteredInError, request.TypeName));
        }

        var row = new FhirRowBuilder(ExtractKind.Referrals, ReferralColumns, request, place);
        row.Key("referral_id", FhirValues.PreferredIdentifier(request.Identifier));
        row.Reference("person_id", "subject", place.References.Person(request.Subject));
        Performer(row, request.Performer);
        row["neighbourhood_code"] = FhirValues.FirstCode(request.LocationCode);
        row["received_at"] = FhirValues.UkDateTime(FhirValues.Literal(request.AuthoredOnElement));
        row["urgency"] = Urgency(FhirValues.Literal(request.PriorityElement));
        if (status is "completed" or "revoked")
        {
            if (FhirValues.Literal((request.Occurrence as Period)?.EndElement) is { } end)
            {
                row["discharged_at"] = FhirValues.UkDateTime(end);
            }
            else
            {
                row.Notice = new(FhirNoticeKind.ClosedWithoutEnd, request.TypeName);
            }
        }

        return row.Build();
    }

    /// <summary>service_code from the first performer that is (or may be) a HealthcareService or Organization.</summary>
    private static void Performer(FhirRowBuilder row, List<ResourceReference> performers)
    {
        var references = row.Place.References;
        var service = performers.FirstOrDefault(p => references.TypeOf(p) is not { } type || FhirReferences.IsService(type));
        if (service is not null)
        {
            row.Reference("service_code", "performer", references.Service(service));
        }
        else if (performers.Count > 0)
        {
            var named = string.Join(", ", performers.Select(p => FhirValues.Text(p.Reference) ?? references.TypeOf(p)));
            row.Problem("service_code", $"has no performer that is a HealthcareService or Organization (found {named})");
        }
    }

    /// <summary>FHIR request priority → urgency; anything else passes through for the import to reject.</summary>
    private static string? Urgency(string? priority) => priority switch
    {
        "routine" => "routine",
        "urgent" or "asap" => "urgent",
        "stat" => "crisis",
        _ => priority,
    };
}
