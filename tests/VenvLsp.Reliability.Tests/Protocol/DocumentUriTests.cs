using VenvLsp.LanguageServer.Conversion;

namespace VenvLsp.Reliability.Tests.Protocol;

public class DocumentUriTests
{
    [Theory]
    [InlineData("file:///repo/a%00b.txt")]
    [InlineData("file:///%00")]
    [InlineData("untitled:Untitled-1")]
    [InlineData("not a uri")]
    [InlineData("")]
    public void A_URI_that_names_no_file_gives_no_path_and_throws_nothing(string uri) => Assert.Null(DocumentUri.ToPath(uri));
}
