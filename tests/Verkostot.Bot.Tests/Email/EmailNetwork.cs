using Microsoft.Extensions.DependencyInjection;
using Verkostot.Bot.Tests.Announcements;
using Verkostot.Core.Catalog;
using Verkostot.Core.Conversations;
using Verkostot.Core.Domain;
using Verkostot.Testing.Connector;

namespace Verkostot.Bot.Tests.Email;

/// <summary>
/// <see cref="TestNetwork"/> with e-mail addresses and a Swedish-speaking municipality, for the e-mail lane: who has a
/// 1:1 chat, who has an address, who works in Mariehamn (written to in Swedish) is chosen per test.
/// </summary>
public static class EmailNetwork
{
    public const string Mailbox = "verkostot@kuntaliitto.fi";

    public static readonly Municipality Mariehamn = new() { Id = "maarianhamina", NameFi = "Maarianhamina", NameSv = "Mariehamn", Language = MunicipalityLanguage.Swedish };

    public static NetworkCatalog Catalog(int members, Func<int, bool> hasEmail, Func<int, bool>? swedish = null) =>
        TestNetwork.Catalog(members, shape: (i, person) =>
        {
            person.Email = hasEmail(i) ? $"jasen{i}@kunta.fi" : null;
            person.MunicipalityId = swedish?.Invoke(i) == true ? Mariehamn.Id : null;
        }, municipalities: [Mariehamn]);

    /// <summary>The team's channel, the coordinator's chat and the chats of the members <paramref name="hasChat"/> picks.</summary>
    public static async Task SeedChatsAsync(FanOutHost host, ThrottlingConnector connector, NetworkCatalog catalog, Func<int, bool> hasChat)
    {
        using var scope = host.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<IConversationReferenceStore>();
        await store.UpsertAsync(new ConversationReference
        {
            ConversationId = TestNetwork.ChannelId,
            ConversationType = "channel",
            ServiceUrl = connector.ServiceUrl,
            ChannelId = "msteams",
            TenantId = TestNetwork.TenantId,
            TeamId = TestNetwork.TeamId,
            TeamsChannelId = TestNetwork.ChannelId,
            UpdatedAt = DateTimeOffset.UtcNow,
        }, CancellationToken.None);
        var withChats = catalog.People.Where(p => p.Id == "koordinaattori" || (p.Id.StartsWith("jasen-", StringComparison.Ordinal) && hasChat(int.Parse(p.Id[6..]))));
        foreach (var person in withChats)
        {
            await store.UpsertAsync(new ConversationReference
            {
                ConversationId = FanOutHost.ChatOf(person),
                ConversationType = "personal",
                ServiceUrl = connector.ServiceUrl,
                ChannelId = "msteams",
                TenantId = TestNetwork.TenantId,
                UserAadObjectId = person.EntraObjectId,
                UserId = "29:" + person.Id,
                UpdatedAt = DateTimeOffset.UtcNow,
            }, CancellationToken.None);
        }
    }
}
