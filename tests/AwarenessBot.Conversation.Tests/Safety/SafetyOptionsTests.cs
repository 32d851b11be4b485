using AwarenessBot.Conversation.Safety;
using Microsoft.Extensions.Configuration;

namespace AwarenessBot.Conversation.Tests.Safety;

public sealed class SafetyOptionsTests
{
    [Fact]
    public async Task OrganisationContacts_FromConfiguration_AppearInTheEmergencyReply()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AwarenessBot:DefaultRegion"] = "CA",
            ["AwarenessBot:OrganisationContacts:0:Text"] = "Safeguarding lead: ext. 42",
            ["AwarenessBot:OrganisationContacts:0:TextEs"] = "Responsable de protección: ext. 42",
        }).Build();
        var options = new SafetyOptions();
        configuration.GetSection("AwarenessBot").Bind(options);

        var english = await GateHarness.Gate(options: options).Check("help me", locale: "en");
        var spanish = await GateHarness.Gate(options: options).Check("ayuda por favor", locale: "es");

        Assert.Contains("Safeguarding lead: ext. 42", english.Reply.Text(), StringComparison.Ordinal);
        Assert.StartsWith("**If you or someone else is in danger now, call 911.**", english.Reply.Text(), StringComparison.Ordinal);
        Assert.Contains("1-833-900-1010", english.Reply.Text(), StringComparison.Ordinal);
        Assert.Contains("Responsable de protección", spanish.Reply.Text(), StringComparison.Ordinal);
        Assert.StartsWith("¿En peligro ahora? Llama al 911.", spanish.HotlineLine, StringComparison.Ordinal);
    }
}
