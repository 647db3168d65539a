using System.Text.Json;
using Verkostot.Bot.Cards;
using Verkostot.Bot.Chat.CardActions;
using Verkostot.Bot.Protocol.Routing;
using Verkostot.Core.Announcements;
using Verkostot.Core.Catalog;
using Verkostot.Core.Time;
using Activity = Verkostot.Bot.Protocol.Inbound.Activity;

namespace Verkostot.Bot.Announcements;

/// <summary>"Esikatsele": checks the form; problems go back on the form, a valid draft is saved and previewed.</summary>
public sealed class PreviewAnnouncementAction(
    AnnouncementAccess access,
    AnnouncementStore store,
    ICatalogSource catalogs,
    TimeProvider time) : ICardAction
{
    public async Task<InvokeResponse> ExecuteAsync(Activity activity, JsonElement data, CancellationToken cancellationToken)
    {
        if (await access.AuthorAsync(activity, cancellationToken) is not { } author)
        {
            return CardActionResponses.Message(AnnouncementAccess.Refusal);
        }
        var draftId = CardData.Id(data);
        var existing = draftId is { } id ? await store.GetAsync(id, cancellationToken) : null;
        var input = new DraftInput(
            CardData.String(data, "network") ?? existing?.NetworkId ?? (author.Networks.Count == 1 ? author.Networks[0].Id : null),
            CardData.String(data, "title"), CardData.String(data, "text"), CardData.String(data, "link"),
            CardData.String(data, "audience"), CardData.String(data, "when"), CardData.String(data, "date"), CardData.String(data, "time"));
        var (draft, errors) = DraftValidator.Validate(input, author, time.GetUtcNow());
        if (draft is null)
        {
            return CardActionResponses.Card(ComposeCard.Render(new ComposeForm(author, input, existing?.Id, errors)));
        }

        Announcement announcement;
        if (existing is null)
        {
            announcement = await store.CreateDraftAsync(author, draft, cancellationToken);
        }
        else
        {
            var change = await store.UpdateDraftAsync(existing.Id, author, draft, cancellationToken);
            if (!change.Done)
            {
                return CardActionResponses.Message(AnnouncementRefusalTexts.Finnish(change.Refusal!.Value));
            }
            announcement = change.Announcement!;
        }
        var catalog = await catalogs.GetAsync(cancellationToken);
        var recipients = AudienceResolver.Resolve(catalog, announcement.NetworkId, announcement.Audience, HelsinkiTime.Today(time));
        var notice = AnnouncementNotice.Of(announcement, catalog.NetworksById[announcement.NetworkId].Name.Fi, author.Person.Name);
        return CardActionResponses.Card(PreviewCard.Render(announcement, notice,
            recipients.Count(r => r.Kind == RecipientKind.Person), recipients.Any(r => r.Kind == RecipientKind.Channel)));
    }
}
