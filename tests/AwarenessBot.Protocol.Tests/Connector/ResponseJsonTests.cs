using System.Text;
using AwarenessBot.Protocol.Connector;

namespace AwarenessBot.Protocol.Tests.Connector;

public sealed class ResponseJsonTests
{
    [Theory]
    [InlineData("""{"id":"1"}""", "1")]
    [InlineData("""{"etag":"x","id":"0:abc;messageid=17","more":{"id":"inner"}}""", "0:abc;messageid=17")]
    [InlineData("""{"nested":{"id":"inner"},"list":[{"id":"no"}],"id":"top"}""", "top")]
    [InlineData("""{"id":"caf\u00e9"}""", "café")]
    [InlineData("""{"id":1}""", null)]
    [InlineData("""{"other":"x"}""", null)]
    [InlineData("""["id","x"]""", null)]
    [InlineData("""{"id":""", null)]
    [InlineData("not json", null)]
    [InlineData("", null)]
    public void Id_ConnectorAnswers_TopLevelStringIdOnly(string body, string? expected) =>
        Assert.Equal(expected, ResponseJson.Id(Encoding.UTF8.GetBytes(body)));

    [Theory]
    [InlineData("""{"error":{"code":"BadArgument","message":"bad"}}""", "BadArgument")]
    [InlineData("""{"error":{"message":"m","details":{"code":"inner"},"code":"ServiceError"}}""", "ServiceError")]
    [InlineData("""{"error":{"message":"no code"}}""", null)]
    [InlineData("""{"error":"flat"}""", null)]
    [InlineData("""{"code":"TopLevel"}""", null)]
    [InlineData("""<html>502 Bad Gateway</html>""", null)]
    [InlineData("""{"error":{"code":""", null)]
    public void ErrorCode_ConnectorErrors_CodeOfTheTopLevelError(string body, string? expected) =>
        Assert.Equal(expected, ResponseJson.ErrorCode(Encoding.UTF8.GetBytes(body)));
}
