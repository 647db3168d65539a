using System.Text.Json;
using Verkostot.Bot.Cards;
using Verkostot.Bot.Chat.CardActions;
using Verkostot.Bot.Protocol.Routing;
using Verkostot.Core.Catalog;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Domain;
using Verkostot.Core.Meetings;
using Verkostot.Core.Reminders;

namespace Verkostot.Bot.Meetings;

public sealed class SaveMeetingAction(ICatalogSource catalogs, TimeProvider time, MeetingEditor editor) : MeetingFormAction(catalogs, time)
{
    protected override async Task<InvokeResponse> ExecuteAsync(NetworkCatalog catalog, IReadOnlyList<Network> networks, ChangeActor actor, JsonElement data, CancellationToken cancellationToken)
    {
        var input = new MeetingFormInput(
            CardData.String(data, "networkId"), CardData.String(data, "kind"), CardData.String(data, "date"), CardData.String(data, "time"),
            CardData.String(data, "place"), CardData.String(data, "teamsLink"), CardData.String(data, "agenda"),
            CardData.String(data, "repeat"), CardData.String(data, "count"));
        var result = MeetingFormValidation.Validate(input, Time.GetUtcNow());
        if (result.Draft is null || networks.All(n => n.Id != result.Draft.NetworkId))
        {
            return CardActionResponses.Card(MeetingFormCards.Add(networks, input, result.Draft is null ? result.Errors : ["Valitse verkosto, jonka verkostovastaava olet."]));
        }
        var saved = await editor.AddAsync(result.Draft, actor, cancellationToken);
        var text = saved.Count == 1 ? MeetingCommandTexts.Saved : $"{saved.Count} kokousta tallennettu.";
        return CardActionResponses.Card(MeetingFormCards.Done(text, MeetingDetails.From(saved[0], catalog, ReminderNoticeBuilder.DefaultLanguage)));
    }
}
