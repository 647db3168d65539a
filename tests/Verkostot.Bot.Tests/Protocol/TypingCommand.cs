using Verkostot.Bot.Chat;
using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Bot.Protocol.Outbound;
using Verkostot.Bot.Protocol.Routing;

namespace Verkostot.Bot.Tests.Protocol;

/// <summary>
/// "kirjoita …": shows "typing…", then answers, as a slow answer does. With "odota" in the text it waits for the
/// test to open its gate between the two.
/// </summary>
internal sealed class TypingCommand(CommandGate gate, TurnReplies replies) : IChatCommand
{
    public const string Text = "kirjoita";

    public static Route Route { get; } = Route.Command<TypingCommand>(CommandWords.StartingWith(fi: [Text]));

    public async Task HandleAsync(Activity activity, string text, CancellationToken cancellationToken)
    {
        await replies.SendTypingAsync(activity, cancellationToken);
        if (text.Contains(WaitingCommand.Text, StringComparison.Ordinal))
        {
            gate.Entered.TrySetResult();
            await gate.Open.Task.WaitAsync(cancellationToken);
        }
        await replies.ReplyAsync(activity, OutgoingActivity.Message("kirjoitettu"), cancellationToken);
    }
}
