using Microsoft.EntityFrameworkCore;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Domain;
using Verkostot.Core.Import;
using Verkostot.Core.Roster;
using Verkostot.Core.Storage;
using Verkostot.Core.Time;

namespace Verkostot.Core.Administration;

/// <summary>Saves a network's facts from the web app: checked field by field, logged with the names of the fields that changed.</summary>
public sealed class NetworkFactsEditor(IDbContextFactory<VerkostotDbContext> contexts, ChangeLogWriter changeLog, TimeProvider time)
{
    public async Task<EditResult<Network>> SaveAsync(string networkId, NetworkFacts facts, ChangeActor actor, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var network = await db.Networks.SingleOrDefaultAsync(n => n.Id == networkId, cancellationToken);
        if (network is null) return EditResult<Network>.NotFound;

        var checks = new EditChecks();
        var today = HelsinkiTime.Today(time);
        var edited = new Network
        {
            Id = network.Id,
            Kind = network.Kind,
            Name = checks.Text("name", facts.Name, EditChecks.NameLength, required: true) ?? network.Name,
            Description = checks.Text("description", facts.Description, EditChecks.LongTextLength),
            MembershipCriteria = checks.Text("membershipCriteria", facts.MembershipCriteria, EditChecks.LongTextLength),
            MembersRole = checks.Text("membersRole", facts.MembersRole, EditChecks.NameLength),
            MunicipalityCount = checks.NonNegative("municipalityCount", facts.MunicipalityCount),
            Residents = checks.NonNegative("residents", facts.Residents),
            ResidentsApproximate = facts.ResidentsApproximate && facts.Residents is not null,
            Founded = Precise(checks.NotAfter("founded", facts.Founded, today), facts.FoundedPrecision),
            FoundedPrecision = facts.Founded is null ? DatePrecision.Day : facts.FoundedPrecision,
            MeetingCadence = checks.Text("meetingCadence", facts.MeetingCadence, EditChecks.NameLength),
            Themes = checks.Texts("themes", facts.Themes, EditChecks.NameLength),
            Channels = checks.Texts("channels", facts.Channels, EditChecks.NameLength),
            Sources = Sources(checks, facts.Sources ?? [], today),
            Details = checks.Texts("details", facts.Details, EditChecks.LongTextLength),
            Attribution = new Attribution
            {
                Name = checks.Text("sourceName", facts.SourceName, EditChecks.NameLength),
                AsOf = Precise(checks.NotAfter("asOf", facts.AsOf, today), facts.AsOfPrecision),
                AsOfPrecision = facts.AsOf is null ? DatePrecision.Day : facts.AsOfPrecision,
            },
            TeamId = network.TeamId,
            ChannelId = network.ChannelId,
            GroupId = network.GroupId,
            IsDemo = network.IsDemo,
        };
        await CheckSourcesInUseAsync(db, checks, network, edited.Sources, cancellationToken);
        if (checks.Failed) return EditResult<Network>.Invalid(checks.Errors);

        var fields = CatalogFields.Network.Differences(network, edited);
        if (fields.Count == 0) return EditResult<Network>.Saved(network);
        CatalogFields.Network.Copy(network, edited);
        changeLog.Record(db, actor, ChangedKind.Network, network.Id, network.Id, ChangeAction.Changed, fields);
        await db.SaveChangesAsync(cancellationToken);
        return EditResult<Network>.Saved(network);
    }

    private static List<FactSource> Sources(EditChecks checks, IReadOnlyList<SourceInput> inputs, DateOnly today)
    {
        var sources = new List<FactSource>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var field = $"sources[{i}]";
            var name = checks.Text($"{field}.name", input.Name, EditChecks.NameLength);
            var url = checks.Url($"{field}.url", input.Url);
            if (name is null && url is null && string.IsNullOrWhiteSpace(input.Id) && input.Updated is null) continue;
            if (name is null) checks.Add($"{field}.name.fi", EditErrorCode.Required);
            var id = checks.Slug($"{field}.id", input.Id) ?? NewId(name?.Fi ?? url ?? "", taken);
            if (!taken.Add(id)) checks.Add($"{field}.id", EditErrorCode.Duplicate);
            sources.Add(new FactSource(id, name ?? new LocalizedText(""), url, checks.NotAfter($"{field}.updated", input.Updated, today)));
        }
        return sources;
    }

    /// <summary>An id for a new source from its name, unique among the network's sources ("kuntaliitto", "kuntaliitto-2").</summary>
    private static string NewId(string name, HashSet<string> taken)
    {
        var slug = PersonSlug.Slugify(name) is { Length: > 0 } s ? s[..Math.Min(s.Length, 60)].TrimEnd('-') : "lahde";
        var id = slug;
        for (var n = 2; taken.Contains(id); n++) id = $"{slug}-{n}";
        return id;
    }

    /// <summary>A source a term still cites cannot go: the term would cite nothing.</summary>
    private static async Task CheckSourcesInUseAsync(VerkostotDbContext db, EditChecks checks, Network network, List<FactSource> sources, CancellationToken cancellationToken)
    {
        var removed = network.Sources.Select(s => s.Id).Except(sources.Select(s => s.Id)).ToList();
        if (removed.Count == 0) return;
        var citing = await db.Terms.AsNoTracking()
            .Where(t => t.SourceId != null && removed.Contains(t.SourceId) && db.Bodies.Any(b => b.Id == t.BodyId && b.NetworkId == network.Id))
            .ToListAsync(cancellationToken);
        foreach (var term in citing)
        {
            checks.Add("sources", EditErrorCode.SourceInUse, TermPeriod.Of(term));
        }
    }

    private static DateOnly? Precise(DateOnly? day, DatePrecision precision) => day is not { } d ? null : precision switch
    {
        DatePrecision.Year => new DateOnly(d.Year, 1, 1),
        DatePrecision.Month => new DateOnly(d.Year, d.Month, 1),
        _ => d,
    };
}
