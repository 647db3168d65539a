using Microsoft.Extensions.Options;

namespace Verkostot.Bot.Protocol.Scheduling;

[OptionsValidator]
internal sealed partial class InboundOptionsValidator : IValidateOptions<InboundOptions>;
