import { Text, View } from '@tarojs/components'
import { parseBody, type Inline } from '@/utils/noticeBody'
import './ArticleBody.scss'

const Line = ({ inline }: { inline: Inline[] }) => (
  <>
    {inline.map((part, index) => (
      <Text key={index} className={part.bold ? 'article-body__bold' : undefined}>
        {part.text}
      </Text>
    ))}
  </>
)

/** An article in the app's small markup (`# ` heading, `- ` item, `**bold**`), rendered as text, never as HTML. */
export default function ArticleBody({ body }: { body: string }) {
  return (
    <View className="article-body" data-testid="article-body">
      {parseBody(body).map((block, index) => (
        <View key={index} className={`article-body__${block.kind}`}>
          {block.kind === 'item' && <Text className="article-body__dot">•</Text>}
          <Text>
            <Line inline={block.inline} />
          </Text>
        </View>
      ))}
    </View>
  )
}
