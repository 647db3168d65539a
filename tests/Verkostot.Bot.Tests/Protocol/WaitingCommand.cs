using Verkostot.Bot.Chat;
using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Bot.Protocol.Outbound;
using Verkostot.Bot.Protocol.Routing;

namespace Verkostot.Bot.Tests.Protocol;

/// <summary>"odota": a command that answers only once the test opens its gate, to keep its conversation busy.</summary>
internal sealed class WaitingCommand(CommandGate gate, TurnReplies replies) : IChatCommand
{
    public const string Text = "odota";

    public static Route Route { get; } = Route.Command<WaitingCommand>(CommandWords.Exactly(fi: [Text]));

    public async Task HandleAsync(Activity activity, string text, CancellationToken cancellationToken)
    {
        gate.Entered.TrySetResult();
        await gate.Open.Task.WaitAsync(cancellationToken);
        await replies.ReplyAsync(activity, OutgoingActivity.Message("valmis"), cancellationToken);
    }
}
