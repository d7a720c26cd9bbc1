namespace LocalCare.Core.ServicePlans;

/// <summary>
/// One section of the service plan template: its key, the group it is shown under (none, the KLOE responses or the workforce
/// plan), its title and hint, whether a plan can be submitted without it, and the message when it is missing.
/// </summary>
public sealed record TemplateSection(string Key, TemplateGroup Group, string Title, string Hint, bool Required, string MissingMessage);

/// <summary>Where a template section sits on the page: on its own, among the responses to the KLOEs, or in the workforce plan.</summary>
public enum TemplateGroup
{
    None,
    Kloes,
    Workforce,
}
