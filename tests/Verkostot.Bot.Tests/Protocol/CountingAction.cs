using System.Text.Json;
using Verkostot.Bot.Chat.CardActions;
using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Bot.Protocol.Routing;

namespace Verkostot.Bot.Tests.Protocol;

/// <summary>A card button whose action counts its runs and answers "ajo N" (run N), once the test opens its gate.</summary>
internal sealed class CountingAction(ActionRuns runs) : ICardAction
{
    public const string Verb = "test.count";

    public static Route Route { get; } = Route.CardVerb<CountingAction>(Verb);

    public async Task<InvokeResponse> ExecuteAsync(Activity activity, JsonElement data, CancellationToken cancellationToken) =>
        CardActionResponses.Message($"ajo {await runs.RunAsync(cancellationToken)}");
}
