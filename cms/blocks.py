from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class SectionBlock(blocks.StructBlock):
    """One numbered section of a contest's rules (mục đích, đối tượng, …)."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=200)
    body = blocks.RichTextBlock(
        label=_("Text"), features=["bold", "italic", "link", "ol", "ul", "h3", "h4"]
    )

    class Meta:
        icon = "doc-full"
        label = _("Section")
        template = "cms/blocks/section.html"


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=300)
    answer = blocks.RichTextBlock(
        label=_("Answer"), features=["bold", "italic", "link", "ol", "ul"]
    )

    class Meta:
        icon = "help"
        label = _("Question and answer")
        template = "cms/blocks/question.html"


class RulesStreamBlock(blocks.StreamBlock):
    section = SectionBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"), features=["bold", "italic", "link", "ol", "ul"]
    )


class FAQStreamBlock(blocks.StreamBlock):
    question = QuestionBlock()
