namespace Verkostot.Core.Domain;

/// <summary>A network of municipalities (or of contract customers) that Kuntaliitto coordinates.</summary>
public sealed class Network
{
    /// <summary>Stable slug, e.g. "pienet-kunnat".</summary>
    public required string Id { get; set; }
    public required LocalizedText Name { get; set; }
    public NetworkKind Kind { get; set; }
    public LocalizedText? Description { get; set; }
    public LocalizedText? MembershipCriteria { get; set; }
    /// <summary>Who sits in the network, e.g. "kunnan- ja kaupunginjohtajat".</summary>
    public LocalizedText? MembersRole { get; set; }
    public int? MunicipalityCount { get; set; }
    public int? Residents { get; set; }
    /// <summary>The source gives the residents only roughly (e.g. "lähes 3,1 miljoonaa").</summary>
    public bool ResidentsApproximate { get; set; }
    /// <summary>Founding date; the seeds often give only a month or a year, see <see cref="FoundedPrecision"/>.</summary>
    public DateOnly? Founded { get; set; }
    public DatePrecision FoundedPrecision { get; set; }
    public LocalizedText? MeetingCadence { get; set; }
    public List<LocalizedText> Themes { get; set; } = [];
    public List<LocalizedText> Channels { get; set; } = [];
    /// <summary>Further facts the sources state about the network, one sentence each (history, how to take part …).</summary>
    public List<LocalizedText> Details { get; set; } = [];
    /// <summary>The documents the facts come from, with the dates they were updated.</summary>
    public List<FactSource> Sources { get; set; } = [];
    /// <summary>Teams team id (19:…@thread.tacv2) the network is bound to, when known.</summary>
    public string? TeamId { get; set; }
    /// <summary>Teams channel id where the network's announcements and digests go.</summary>
    public string? ChannelId { get; set; }
    /// <summary>Microsoft 365 group id behind the Team, for roster sync.</summary>
    public string? GroupId { get; set; }
    public bool IsDemo { get; set; }

    /// <summary>Where the facts above come from and when they held.</summary>
    public Attribution Attribution { get; set; } = new();
}
