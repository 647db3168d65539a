using Verkostot.Bot.Graph;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Verkostot.Bot.Announcements;
using Verkostot.Bot.Configuration;
using Verkostot.Bot.Connector;
using Verkostot.Bot.Roster;
using Verkostot.Bot.Tests.Hosting;
using Verkostot.Core.Announcements;
using Verkostot.Core.Reminders;
using Verkostot.Core.Storage;

namespace Verkostot.Bot.Tests.Configuration;

/// <summary>Each options class has one binding, so one place says where its settings come from.</summary>
public sealed class OptionsBindingTests
{
    [Fact]
    public async Task Program_EveryOptionsClass_BoundFromConfigurationOnce()
    {
        List<ServiceDescriptor> registered = [];
        await using var host = await BotTestHost.StartAsync(services: s => registered = [.. s]);

        var bindings = registered
            .Where(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(IOptionsChangeTokenSource<>))
            .Select(d => d.ServiceType.GetGenericArguments()[0])
            .Where(t => t.Namespace?.StartsWith("Verkostot.", StringComparison.Ordinal) == true)
            .GroupBy(t => t)
            .ToDictionary(g => g.Key, g => g.Count());

        Assert.Superset(
            new HashSet<Type>
            {
                typeof(BotOptions), typeof(VerkostotOptions), typeof(ConnectorOptions), typeof(GraphOptions),
                typeof(AnnouncementOptions), typeof(ReportLinkOptions), typeof(ReminderOptions), typeof(StorageOptions),
            },
            bindings.Keys.ToHashSet());
        Assert.All(bindings, b => Assert.True(b.Value == 1, $"{b.Key.Name} is bound {b.Value} times."));
    }
}
