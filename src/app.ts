import { createElement, type PropsWithChildren } from 'react'
import { MeProvider } from '@/hooks/me'
import '@/utils/time'
import './app.scss'

/** The app shell: "who am I" is loaded once here and shared with every page. */
function App({ children }: PropsWithChildren) {
  return createElement(MeProvider, null, children)
}

export default App
