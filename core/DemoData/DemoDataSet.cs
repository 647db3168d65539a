using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;
using Verkostot.Core.Import;
using Verkostot.Core.Time;

namespace Verkostot.Core.DemoData;

/// <summary>
/// The demo data: the seed facts in demo-data.json (an embedded resource), dated as the sources date them, plus
/// example meetings around today (marked as demo) and the Agents Playground's identities.
/// </summary>
public static class DemoDataSet
{
    private const string ResourceName = "Verkostot.Core.DemoData.demo-data.json";

    public static byte[] ReadJson()
    {
        using var stream = typeof(DemoDataSet).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public static CatalogContent Load(TimeProvider time, DemoIdentityOptions? identities = null)
    {
        var result = DataFileLoader.Load(ReadJson());
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The embedded demo data is invalid: " + string.Join("; ", result.Errors));
        }
        var content = result.Content!;
        var today = HelsinkiTime.Today(time);
        ApplyIdentities(identities ?? new DemoIdentityOptions(), content);
        var firstMeetingId = content.Meetings.Select(m => m.Id).DefaultIfEmpty().Max() + 1;
        return content with { Meetings = [.. content.Meetings, .. DemoMeetingSchedule.Create(today, firstMeetingId)] };
    }

    private static void ApplyIdentities(DemoIdentityOptions identities, CatalogContent content)
    {
        var people = content.People.ToDictionary(p => p.Id);
        people["iira-ainiala"].EntraObjectId = identities.CoordinatorAadObjectId;
        people["juha-herrala"].EntraObjectId = identities.PresidiumMemberAadObjectId;
        people["tarja-hosiasluoma"].EntraObjectId = identities.DeputyAadObjectId;
        var network = content.Networks.Single(n => n.Id == DemoMeetingSchedule.NetworkId);
        network.TeamId = identities.TeamId;
        network.ChannelId = identities.ChannelId;
        network.GroupId = identities.GroupId;
    }
}
