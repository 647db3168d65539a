namespace Verkostot.Core.Domain;

public sealed class Person
{
    /// <summary>Stable slug, e.g. "juha-herrala".</summary>
    public required string Id { get; set; }
    public required string Name { get; set; }
    /// <summary>Job title, e.g. "kunnanjohtaja".</summary>
    public LocalizedText? Title { get; set; }
    public string? MunicipalityId { get; set; }
    /// <summary>Employer when not a municipality, e.g. "Kuntaliitto".</summary>
    public string? Organisation { get; set; }
    public string? Email { get; set; }
    public List<string> Phones { get; set; } = [];
    /// <summary>Entra (AAD) object id, when known; the key for Teams and Graph.</summary>
    public string? EntraObjectId { get; set; }
    public string? UserPrincipalName { get; set; }
    /// <summary>The language the person wants messages in, when a coordinator has set it; it overrides every guess.</summary>
    public Language? Language { get; set; }
    public bool IsGuest { get; set; }
    public bool IsDemo { get; set; }

    /// <summary>What the person answers for, as a source lists it (e.g. "maaseudun kehittäminen"): whom to contact on a topic.</summary>
    public List<LocalizedText> Responsibilities { get; set; } = [];

    /// <summary>Where the title, contact details and responsibilities come from and when they held.</summary>
    public Attribution Attribution { get; set; } = new();
}
