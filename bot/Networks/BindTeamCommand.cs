using Verkostot.Bot.Chat;
using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Bot.Protocol.Outbound;
using Verkostot.Core.Catalog;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Domain;
using Verkostot.Core.Localization;
using Verkostot.Core.Networks;
using Verkostot.Core.Questions;
using Verkostot.Core.Questions.Entities;
using Verkostot.Core.Questions.Inflection;
using Verkostot.Core.Time;

namespace Verkostot.Bot.Networks;

/// <summary>
/// "@Verkostot liitä tiimi verkostoon", written by a coordinator in the network's Team: binds the network to this
/// team, this channel and the team's Microsoft 365 group.
/// </summary>
public sealed class BindTeamCommand(
    TurnReplies replies,
    ICatalogSource catalogs,
    TeamBinding binding,
    TimeProvider time) : IChatCommand
{
    public async Task HandleAsync(Activity activity, string text, CancellationToken cancellationToken)
    {
        var language = LocaleLanguage.Of(activity.Locale);
        var reply = await BindAsync(activity, text, language, cancellationToken);
        await replies.ReplyAsync(activity, OutgoingActivity.Message(reply) with { TextFormat = TextFormats.Plain }, cancellationToken);
    }

    private async Task<string> BindAsync(Activity activity, string text, Language l, CancellationToken cancellationToken)
    {
        var team = activity.ChannelData?.Team;
        var channel = activity.ChannelData?.Channel;
        if (team?.Id is null || channel?.Id is null)
        {
            return l.Pick(
                "Kirjoita tämä tiimin kanavalla, jonka haluat liittää verkostoon.",
                "Skriv detta i kanalen i det team som du vill koppla till nätverket.",
                "Write this in a channel of the team you want to link to the network.");
        }

        var catalog = await catalogs.GetAsync(cancellationToken);
        var coordinated = catalog.NetworksCoordinatedBy(activity.From?.AadObjectId, HelsinkiTime.Today(time));
        if (coordinated.Count == 0)
        {
            return l.Pick(
                "Vain verkoston verkostovastaava voi liittää tiimin verkostoon.",
                "Endast nätverkets koordinator kan koppla ett team till nätverket.",
                "Only the network's coordinator can link a team to the network.");
        }

        var named = NamedNetwork(catalog, text);
        var network = named is not null ? coordinated.FirstOrDefault(n => n.Id == named) : coordinated.Count == 1 ? coordinated[0] : null;
        if (network is null)
        {
            var names = string.Join(", ", coordinated.Select(n => n.Name.In(l)));
            return l.Pick(
                $"Kerro, mihin verkostoon tiimi liitetään (voit liittää: {names}). Esimerkiksi: liitä tiimi: {coordinated[0].Name.Fi}.",
                $"Ange vilket nätverk teamet ska kopplas till (du kan koppla: {names}).",
                $"Say which network to link the team to (you can link: {names}).");
        }

        var actor = ChangeActor.Of(catalog.PeopleByEntraObjectId[activity.From!.AadObjectId!], ChangeChannel.Chat);
        await binding.BindAsync(network.Id, team.Id, channel.Id, team.AadGroupId, actor, cancellationToken);
        return l.Pick(
            $"Valmis: tämä tiimi on nyt {FinnishNameInflector.Genitive(network.Name.Fi)} tiimi. Täällä esitetyt kysymykset koskevat tätä verkostoa, ja tiedotteet ja kuukausikooste julkaistaan tällä kanavalla.",
            $"Klart: teamet är nu kopplat till {network.Name.In(l)}. Frågor i det här teamet gäller nätverket, och meddelanden och månadssammandraget publiceras i den här kanalen.",
            $"Done: this team is now linked to the {network.Name.In(l)}. Questions asked here are about it, and announcements and the monthly digest are posted in this channel.");
    }

    private string? NamedNetwork(NetworkCatalog catalog, string text)
    {
        var today = HelsinkiTime.Today(time);
        return new QuestionAnswerer(catalog, time).Understand(new Question(text), today).Entities.First(EntityKind.Network);
    }
}
