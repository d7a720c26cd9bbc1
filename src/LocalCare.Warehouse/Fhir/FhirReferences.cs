using Hl7.Fhir.Model;

namespace LocalCare.Warehouse.Fhir;

/// <summary>A key read from a reference, or why none could be read (then Value is null).</summary>
internal readonly record struct ReferenceKey(string? Value, string? Problem)
{
    public static ReferenceKey Because(string problem) => new(null, problem);
}

/// <summary>
/// Turns references into keys. A literal reference gives the id in it (<c>Patient/X</c>, also as an absolute URL or with
/// <c>/_history/n</c>); a logical reference gives its <c>identifier.value</c>. In a Bundle, <c>urn:uuid:</c> and
/// <c>urn:oid:</c> references are resolved to the entry with that fullUrl, whose key is its preferred identifier (else its
/// id); references to a ServiceRequest in the same Bundle always resolve to that ServiceRequest's referral_id, so a
/// contact links to the referral as it is stored.
/// </summary>
internal sealed class FhirReferences
{
    private static readonly string[] PersonTypes = ["Patient"];
    private static readonly string[] ReferralTypes = ["ServiceRequest"];
    private static readonly string[] ServiceTypes = ["HealthcareService", "Organization"];

    private readonly Dictionary<string, Resource> _entries = new(StringComparer.Ordinal);

    /// <summary>References outside a Bundle (NDJSON): nothing to resolve against.</summary>
    public static FhirReferences None { get; } = new([]);

    public FhirReferences(IEnumerable<(string? FullUrl, Resource Resource)> entries)
    {
        foreach (var (fullUrl, resource) in entries)
        {
            if (FhirValues.Text(fullUrl) is { } url)
            {
                _entries.TryAdd(url, resource);
                if (TypeAndId(url) is ({ } type, { } id))
                {
                    _entries.TryAdd($"{type}/{id}", resource);
                }
            }

            if (FhirValues.Text(resource.Id) is { } resourceId)
            {
                _entries.TryAdd($"{resource.TypeName}/{resourceId}", resource);
            }
        }
    }

    /// <summary>person_id from a reference to a Patient; an NHS number is refused (person_id is pseudonymised).</summary>
    public ReferenceKey Person(ResourceReference? reference) => Key(reference, PersonTypes, identifierFirst: false);

    /// <summary>referral_id from a reference to a ServiceRequest.</summary>
    public ReferenceKey Referral(ResourceReference? reference) => Key(reference, ReferralTypes, identifierFirst: false);

    /// <summary>service_code from a reference to a HealthcareService or Organization: its identifier first, then the id.</summary>
    public ReferenceKey Service(ResourceReference? reference) => Key(reference, ServiceTypes, identifierFirst: true);

    public static bool IsPerson(string? type) => PersonTypes.Contains(type);

    public static bool IsReferral(string? type) => ReferralTypes.Contains(type);

    public static bool IsService(string? type) => ServiceTypes.Contains(type);

    /// <summary>The resource type a reference points to: its <c>type</c>, the type in the reference, or the Bundle entry's.</summary>
    public string? TypeOf(ResourceReference? reference)
    {
        if (FhirValues.Text(reference?.Type) is { } type)
        {
            return type[(type.LastIndexOf('/') + 1)..];
        }

        return FhirValues.Text(reference?.Reference) is { } literal
            ? Find(literal)?.TypeName ?? TypeAndId(literal).Type
            : null;
    }

    private ReferenceKey Key(ResourceReference? reference, string[] types, bool identifierFirst)
    {
        if (reference is null)
        {
            return default;
        }

        var literal = FhirValues.Text(reference.Reference);
        var logical = reference.Identifier;
        if (literal is null || (identifierFirst && FhirValues.Text(logical?.Value) is not null))
        {
            return FromIdentifier(logical, types);
        }

        if (literal.StartsWith('#'))
        {
            return ReferenceKey.Because($"'{literal}' points to a contained resource; give it as {types[0]}/id");
        }

        var isUrn = literal.StartsWith("urn:", StringComparison.OrdinalIgnoreCase);
        if (Find(literal) is { } target && (isUrn || IsReferral(target.TypeName)))
        {
            return types.Contains(target.TypeName)
                ? KeyOf(target, literal)
                : ReferenceKey.Because($"'{literal}' is {A(target.TypeName)}, not {A(Either(types))}");
        }

        if (isUrn)
        {
            return ReferenceKey.Because(_entries.Count == 0
                ? $"'{literal}' can only be resolved inside a Bundle; give it as {types[0]}/id"
                : $"'{literal}' is not the fullUrl of an entry in this Bundle");
        }

        return TypeAndId(literal) switch
        {
            ({ } type, { } id) when types.Contains(type) => new(id, null),
            ({ } type, _) => ReferenceKey.Because($"'{literal}' is {A(type)}, not {A(Either(types))}"),
            _ => ReferenceKey.Because($"'{literal}' is not a reference of the form {types[0]}/id"),
        };
    }

    private static ReferenceKey FromIdentifier(Identifier? identifier, string[] types) =>
        IsPerson(types[0]) && identifier?.System == FhirValues.NhsNumberSystem && FhirValues.Text(identifier.Value) is not null
            ? ReferenceKey.Because("is an NHS number; person_id must be the pseudonymised person identifier")
            : new(FhirValues.Text(identifier?.Value), null);

    /// <summary>The key of an entry of this Bundle: its preferred identifier (for a Patient, not an NHS number), else its id.</summary>
    private static ReferenceKey KeyOf(Resource target, string literal)
    {
        var identifiers = IdentifiersOf(target);
        var isPerson = IsPerson(target.TypeName);
        var usable = isPerson ? identifiers.Where(i => i.System != FhirValues.NhsNumberSystem) : identifiers;
        if (FhirValues.Text(FhirValues.PreferredIdentifier(usable)?.Value) is { } value)
        {
            return new(value, null);
        }

        if ((FhirValues.Text(target.Id) ?? TypeAndId(literal).Id) is { } id)
        {
            return new(id, null);
        }

        return isPerson && identifiers.Count > 0
            ? ReferenceKey.Because($"'{literal}' is a Patient known only by NHS number; person_id must be the pseudonymised person identifier")
            : default;
    }

    private Resource? Find(string reference)
    {
        if (_entries.TryGetValue(reference, out var resource))
        {
            return resource;
        }

        return TypeAndId(reference) is ({ } type, { } id) && _entries.TryGetValue($"{type}/{id}", out resource) ? resource : null;
    }

    private static List<Identifier> IdentifiersOf(Resource resource) => resource switch
    {
        Patient patient => patient.Identifier,
        ServiceRequest request => request.Identifier,
        Organization organisation => organisation.Identifier,
        HealthcareService service => service.Identifier,
        _ => [],
    };

    /// <summary>The last <c>Type/id</c> of a relative or absolute reference, without <c>/_history/n</c>.</summary>
    private static (string? Type, string? Id) TypeAndId(string reference)
    {
        if (reference.StartsWith("urn:", StringComparison.OrdinalIgnoreCase))
        {
            return (null, null);
        }

        var segments = reference.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var end = segments.Length;
        if (end >= 4 && segments[end - 2] == "_history")
        {
            end -= 2;
        }

        return end >= 2 && char.IsAsciiLetterUpper(segments[end - 2][0]) ? (segments[end - 2], segments[end - 1]) : (null, null);
    }

    private static string Either(string[] types) => string.Join(" or ", types);

    private static string A(string noun) => ("AEIOU".Contains(noun[0], StringComparison.Ordinal) ? "an " : "a ") + noun;
}
